import { isTolokaApiError } from "../toloka";
import { isOperationFailedError } from "../waiting";
import type { Training } from "../toloka/types";
import { ArchivePreconditionError } from "./ArchivePreconditionError";
import { archivePreconditionError } from "./archivePreconditions";
import { findOperationSince } from "../runtime/findOperationSince";
import { pickInputs } from "./inputs";
import type { ProviderContext } from "../runtime/ProviderContext";
import { ProviderRefusalError } from "../runtime/ProviderRefusalError";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";
import { runStatusAction } from "../runtime/runStatusAction";
import { waitWhileLocked } from "../runtime/waitWhileLocked";

/**
 * Archives the clone. Both archive preconditions are checked before anything is changed; an
 * already archived or missing clone is success. Runs with the settings recorded in the state.
 */
export async function deleteClonedTraining(ctx: ProviderContext, id: string, props: Record<string, unknown>): Promise<void> {
  requireSameEndpoint(ctx, id, props, "delete");
  const inputs = pickInputs(props);
  const startedMs = ctx.clock.now();
  const deadlineMs = startedMs + inputs.operationTimeoutSeconds * 1000;

  let training = await getUnlessGone(ctx, id);
  if (!training) return;
  training = await waitWhileLocked(ctx, training, deadlineMs);

  if (training.status === "OPEN") {
    if (!inputs.closeBeforeArchive) {
      throw new ArchivePreconditionError({ trainingId: id, rule: "clone-must-be-closed", trainingStatus: "OPEN" });
    }
    // The linked pools first: a clone an unarchived pool still requires cannot be archived, and
    // closing it would stop that pool's Tolokers' training for nothing.
    const blocked = await archivePreconditionError(ctx, { ...training, status: "CLOSED" }, undefined, undefined, startedMs);
    if (blocked) throw blocked;
    ctx.log(`closing training ${id} before archiving it (closeBeforeArchive)`);
    await runStatusAction(ctx, "training", id, "close", inputs.operationTimeoutSeconds);
    training = await ctx.client.getTraining(id);
  }

  // Deletes of one project running at once share a pool listing begun after this one started.
  const broken = await archivePreconditionError(ctx, training, undefined, undefined, startedMs);
  if (broken) throw broken;

  ctx.log(`archiving training ${id}`);
  const sentAtServerMs = ctx.client.serverNowMs();
  try {
    await runStatusAction(ctx, "training", id, "archive", inputs.operationTimeoutSeconds);
  } catch (e) {
    const failure = await explainArchiveFailure(ctx, id, e, sentAtServerMs, inputs.operationTimeoutSeconds);
    if (failure) throw failure;
    ctx.log(`training ${id}: the archive answer was lost, but the training is archived`);
  }

  const after = await ctx.client.getTraining(id);
  if (after.status !== "ARCHIVED") {
    throw new ProviderRefusalError(
      `Toloka reported training ${id} archived, but it is ${after.status}. Nothing else was changed; run \`pulumi destroy\` again.`,
      { code: "archive-not-confirmed", nothingChanged: false, trainingId: id, status: after.status },
    );
  }
  ctx.log(`training ${id} archived`);
}

async function getUnlessGone(ctx: ProviderContext, id: string): Promise<Training | undefined> {
  try {
    const training = await ctx.client.getTraining(id);
    if (training.status === "ARCHIVED") {
      ctx.log(`training ${id} is already archived`);
      return undefined;
    }
    return training;
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      ctx.log(`training ${id} no longer exists in Toloka: nothing to archive`);
      return undefined;
    }
    throw e;
  }
}

/**
 * A precondition broken between the check and the archive comes back as a 409 or as a FAIL
 * operation: both become the same precondition error. A lost answer may hide an archive that
 * was carried out: its operation is looked for and awaited. Undefined means the training is
 * archived after all.
 */
async function explainArchiveFailure(
  ctx: ProviderContext,
  id: string,
  error: unknown,
  sentAtServerMs: number,
  timeoutSeconds: number,
): Promise<unknown | undefined> {
  let failure = error;
  if (!isRefusal(failure)) {
    const started = await findOperationSince(ctx, "TRAINING.ARCHIVE", id, sentAtServerMs).catch(() => undefined);
    if (started) {
      ctx.log(`training ${id}: the archive answer was lost; awaiting archive operation ${started.id}`);
      failure = await ctx.waitForOperation(started, timeoutSeconds, `archive of training ${id}`).then(
        () => undefined,
        (e) => e,
      );
    }
  }
  let now: Training;
  try {
    now = await ctx.client.getTraining(id);
  } catch {
    return failure ?? error;
  }
  if (now.status === "ARCHIVED") return undefined;
  if (!isRefusal(failure)) return failure ?? error;
  const detail = failure instanceof Error ? ctx.redact(failure.message) : undefined;
  return (await archivePreconditionError(ctx, now, detail, failure)) ?? failure;
}

function isRefusal(error: unknown): boolean {
  return (isTolokaApiError(error) && error.status === 409) || isOperationFailedError(error);
}
