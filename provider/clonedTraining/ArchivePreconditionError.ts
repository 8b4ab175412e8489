import type { PoolStatus, TrainingStatus } from "../toloka/types";

export interface BlockingPool {
  poolId: string;
  status: PoolStatus | string;
  privateName?: string;
}

export type ArchiveRule = "clone-must-be-closed" | "linked-pools-must-be-archived";

/**
 * A clone cannot be archived yet: it is not CLOSED, or a main pool linked to it is not ARCHIVED.
 * Nothing was changed. The message names the clone, the rule and each blocking pool.
 */
export class ArchivePreconditionError extends Error {
  override readonly name = "ArchivePreconditionError";
  readonly trainingId: string;
  readonly rule: ArchiveRule;
  readonly trainingStatus?: TrainingStatus | string;
  readonly blockingPools: BlockingPool[];

  constructor(fields: {
    trainingId: string;
    rule: ArchiveRule;
    trainingStatus?: TrainingStatus | string;
    blockingPools?: BlockingPool[];
    detail?: string;
    cause?: unknown;
  }) {
    super(archivePreconditionMessage(fields), fields.cause === undefined ? undefined : { cause: fields.cause });
    this.trainingId = fields.trainingId;
    this.rule = fields.rule;
    this.trainingStatus = fields.trainingStatus;
    this.blockingPools = fields.blockingPools ?? [];
  }
}

function archivePreconditionMessage(fields: {
  trainingId: string;
  rule: ArchiveRule;
  trainingStatus?: string;
  blockingPools?: BlockingPool[];
  detail?: string;
}): string {
  const head = `Cannot archive cloned training ${fields.trainingId}: `;
  const tail = fields.detail ? ` (Toloka said: ${fields.detail})` : "";
  if (fields.rule === "clone-must-be-closed") {
    return (
      head +
      `Toloka archives only CLOSED training pools, and this one is ${fields.trainingStatus ?? "not CLOSED"}. ` +
      "Nothing was changed. Close it in Toloka, or set closeBeforeArchive: true on the resource and run `pulumi up` " +
      "(delete runs with the settings in the state), then run `pulumi destroy` again." +
      tail
    );
  }
  const pools = (fields.blockingPools ?? [])
    .map((p) => `pool ${p.poolId}${p.privateName ? ` "${p.privateName}"` : ""} is ${p.status}`)
    .join("; ");
  return (
    head +
    `every main pool linked to it must be ARCHIVED first, and ${pools || "a linked pool is not"}. ` +
    "Nothing was changed. Archive those pools (or re-point their training requirement to another training), " +
    "then run the command again; until then the clone stays in the state." +
    tail
  );
}

export function isArchivePreconditionError(e: unknown): e is ArchivePreconditionError {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "ArchivePreconditionError";
}
