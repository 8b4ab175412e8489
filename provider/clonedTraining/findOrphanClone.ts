import { isDeepStrictEqual } from "util";
import { isTolokaApiError, parseTolokaTime, scaleWaitMs } from "../toloka";
import type { Operation, Training } from "../toloka/types";
import type { ProviderContext } from "../runtime/ProviderContext";
import { isOperationFailedError, isOperationTimeoutError } from "../waiting";

/** How far back a create looks for a clone that an interrupted run left behind. */
export const ORPHAN_LOOKBACK_MS = 24 * 3_600_000;

/**
 * How long a finished clone must have stayed untouched before it is taken: a run that is alive
 * marks its clone within one poll (at most 5 s, DEFAULT_POLL_SCHEDULE_OPTIONS) of the finish.
 */
export const ORPHAN_GRACE_MS = 60_000;

export interface OrphanClone {
  training: Training;
  operationId: string;
}

/**
 * A clone of `source` that an earlier run started and never recorded (a timeout, a failure, a
 * killed host while its clone operation ran), for this resource to take instead of cloning again.
 *
 * The rule: a TRAINING.CLONE operation of the source, submitted in the last ORPHAN_LOOKBACK_MS,
 * that this process did not start or take, succeeded (one still running is waited for); its clone
 * is not ARCHIVED, and has stayed exactly as cloned (the source's name and metadata, so no run's
 * marker) for ORPHAN_GRACE_MS after the finish. Each candidate is claimed before it is examined,
 * so concurrent creates of one source never examine, or take, the same one.
 */
export async function findOrphanClone(
  ctx: ProviderContext,
  source: Training,
  timeoutSeconds: number,
): Promise<OrphanClone | undefined> {
  for (const candidate of await ctx.earlierCloneOperations(source.id, ORPHAN_LOOKBACK_MS)) {
    if (!ctx.coordinator.claim(candidate.id)) continue;
    const found = await examine(ctx, source, candidate, timeoutSeconds);
    if (found && ctx.claimTraining(found.id)) return { training: found, operationId: candidate.id };
  }
  return undefined;
}

async function examine(ctx: ProviderContext, source: Training, candidate: Operation, timeoutSeconds: number): Promise<Training | undefined> {
  let operation = candidate;
  if (operation.status === "PENDING" || operation.status === "RUNNING") {
    ctx.log(
      `clone operation ${operation.id} of training ${source.id} (submitted ${operation.submitted}) was not started by this run and is still running: ` +
        "waiting for it, since an interrupted earlier run may have left it",
    );
    try {
      operation = await ctx.waitForOperation(operation, timeoutSeconds, `earlier clone of training ${source.id}`);
    } catch (e) {
      if (isOperationFailedError(e)) return undefined;
      if (!isOperationTimeoutError(e)) throw e;
      ctx.log(
        `clone operation ${operation.id} of training ${source.id} is still running after ${timeoutSeconds} s: not waiting longer. ` +
          "If it succeeds, a later create of a clone of this source takes its training, by the same rule",
      );
      return undefined;
    }
  }
  const cloneId = operation.details?.training_id;
  if (operation.status !== "SUCCESS" || typeof cloneId !== "string" || cloneId === "") return undefined;

  const takeable = async () => {
    // Only a missing clone is no candidate; any other failure stops the create, which clones nothing.
    const clone = await ctx.client.getTraining(cloneId).catch((e) => {
      if (isTolokaApiError(e) && e.status === 404) return undefined;
      throw e;
    });
    return clone && clone.status !== "ARCHIVED" && untouchedClone(clone, source) ? clone : undefined;
  };
  let clone = await takeable();
  if (!clone) return undefined;
  const finishedMs = parseTolokaTime(operation.finished ?? "") ?? ctx.client.serverNowMs();
  const untilGraceMs = scaleWaitMs(ORPHAN_GRACE_MS, ctx.client.options.timeScale) - (ctx.client.serverNowMs() - finishedMs);
  if (untilGraceMs > 0) {
    ctx.log(`training ${cloneId} (clone operation ${operation.id}) finished just now: checking in ${untilGraceMs} ms that no live run marks it`);
    await ctx.clock.sleep(untilGraceMs);
    clone = await takeable();
    if (!clone) return undefined;
  }
  ctx.log(
    `taking over training ${cloneId}: clone operation ${operation.id} of training ${source.id} made it at ${operation.finished ?? "an unknown time"} ` +
      "and no run recorded it (an interrupted earlier create of this resource); it is not cloned again",
  );
  return clone;
}

/** Still exactly as Toloka's clone made it: the source's name and metadata, so no run's marker. */
function untouchedClone(clone: Training, source: Training): boolean {
  return clone.private_name === source.private_name && isDeepStrictEqual(clone.metadata ?? {}, source.metadata ?? {});
}
