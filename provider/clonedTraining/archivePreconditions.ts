import type { Pool, Training } from "../toloka/types";
import { ArchivePreconditionError, type BlockingPool } from "./ArchivePreconditionError";
import type { ProviderContext } from "../runtime/ProviderContext";

/**
 * Toloka's archive rule: a training pool is archived only when it is CLOSED and every main pool
 * linked to it (`quality_control.training_requirement.training_pool_id`) is ARCHIVED. There is no
 * server-side filter by training, so the project's unarchived pools are listed and matched
 * here, from a listing begun no earlier than `notBeforeMs` (shared by concurrent deletes).
 */
export async function findBlockingPools(
  ctx: ProviderContext,
  training: Training,
  notBeforeMs: number = ctx.clock.now(),
): Promise<BlockingPool[]> {
  const pools = await ctx.unarchivedPools(training.project_id, notBeforeMs);
  return pools.filter((pool) => linksTo(pool, training.id) && pool.status !== "ARCHIVED").map(toBlockingPool);
}

export function linksTo(pool: Pool, trainingId: string): boolean {
  const linked = pool.quality_control?.training_requirement?.training_pool_id;
  return linked !== undefined && linked !== null && String(linked) === trainingId;
}

function toBlockingPool(pool: Pool): BlockingPool {
  return { poolId: pool.id, status: pool.status, privateName: pool.private_name };
}

/**
 * The precondition error for the training as it is now, or undefined when both rules hold.
 * `notBeforeMs`: the pool listing may be one begun at or after then (default: a new one).
 */
export async function archivePreconditionError(
  ctx: ProviderContext,
  training: Training,
  detail?: string,
  cause?: unknown,
  notBeforeMs?: number,
): Promise<ArchivePreconditionError | undefined> {
  if (training.status !== "CLOSED" && training.status !== "ARCHIVED") {
    return new ArchivePreconditionError({ trainingId: training.id, rule: "clone-must-be-closed", trainingStatus: training.status, detail, cause });
  }
  const blockingPools = await findBlockingPools(ctx, training, notBeforeMs);
  if (blockingPools.length > 0) {
    return new ArchivePreconditionError({ trainingId: training.id, rule: "linked-pools-must-be-archived", blockingPools, detail, cause });
  }
  return undefined;
}
