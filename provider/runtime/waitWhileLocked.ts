import type { Training } from "../toloka/types";
import { EDIT_TARGETS, type EditableKind, type EditableObjects } from "./editTargets";
import type { ProviderContext } from "./ProviderContext";
import { ProviderRefusalError } from "./ProviderRefusalError";

export const LOCKED_POLL = { firstDelayMs: 500, factor: 1.5, maxDelayMs: 5_000 } as const;

/** No action is possible on a LOCKED training or pool: wait it out, up to the deadline. */
export async function waitWhileLocked(ctx: ProviderContext, training: Training, deadlineMs: number): Promise<Training>;
export async function waitWhileLocked<K extends EditableKind>(
  ctx: ProviderContext,
  object: EditableObjects[K],
  deadlineMs: number,
  kind: K,
): Promise<EditableObjects[K]>;
export async function waitWhileLocked(
  ctx: ProviderContext,
  object: EditableObjects[EditableKind],
  deadlineMs: number,
  kind: EditableKind = "training",
): Promise<EditableObjects[EditableKind]> {
  const target = EDIT_TARGETS[kind];
  let current = object;
  let delayMs: number = LOCKED_POLL.firstDelayMs;
  const startedMs = ctx.clock.now();
  while (current.status === "LOCKED") {
    const leftMs = deadlineMs - ctx.clock.now();
    if (leftMs <= 0) {
      const waited = Math.round((ctx.clock.now() - startedMs) / 1000);
      const Kind = kind === "training" ? "Training" : "Pool";
      throw new ProviderRefusalError(
        `${Kind} ${current.id} is still LOCKED in Toloka after ${waited} s, and no action is possible on a locked ${kind}. ` +
          "Nothing was changed. Run the command again later, or raise operationTimeoutSeconds (with `pulumi up`) to wait longer.",
        { code: "still-locked", nothingChanged: true, objectKind: kind, ...objectIds(kind, current.id), status: "LOCKED" },
      );
    }
    ctx.log(`${kind} ${current.id} is LOCKED; checking again in ${(Math.min(delayMs, leftMs) / 1000).toFixed(1)} s`);
    await ctx.clock.sleep(Math.min(delayMs, leftMs));
    delayMs = Math.min(delayMs * LOCKED_POLL.factor, LOCKED_POLL.maxDelayMs);
    current = await target.get(ctx.client, current.id);
  }
  return current;
}

/** The id field of a refusal about a training or a pool. */
export function objectIds(kind: EditableKind, id: string): { trainingId: string } | { poolId: string } {
  return kind === "training" ? { trainingId: id } : { poolId: id };
}
