import { isTolokaApiError } from "../toloka";
import { isOperationTimeoutError } from "../waiting";
import type { Training } from "../toloka/types";
import { adoptTraining } from "./adoptTraining";
import { applyDesiredTraining } from "./applyDesiredTraining";
import { finishClone } from "./finishClone";
import { findOrphanClone } from "./findOrphanClone";
import type { ClonedTrainingInputs } from "./inputs";
import { isUnfinishedClone, markerFor } from "./marker";
import { withoutUndefined } from "../runtime/withoutUndefined";
import { buildOutputs, type ClonedTrainingState } from "./outputs";
import { unfinishedClone } from "./unfinishedClone";
import type { ProviderContext } from "../runtime/ProviderContext";
import { ProviderRefusalError } from "../runtime/ProviderRefusalError";

/**
 * Clones the source (or adopts the clone an interrupted run left marked "creating", or the
 * training named by `adoptTrainingId`), then writes name, overrides and the marker "creating",
 * and finally the marker "done". Once the clone exists, any failure becomes a
 * PartialCreationError so that Pulumi records it, and the next `update` finishes it.
 */
export async function createClonedTraining(
  ctx: ProviderContext,
  inputs: ClonedTrainingInputs,
  providerText: unknown,
): Promise<{ id: string; outs: ClonedTrainingState }> {
  if (inputs.adoptTrainingId) return adoptTraining(ctx, inputs, inputs.adoptTrainingId);
  const sourceId = inputs.sourceTrainingId;
  const source = await getSource(ctx, sourceId);

  let cloneId: string;
  let cloneOperationId = "";
  const adopted = inputs.__marker ? await findUnfinishedClone(ctx, source, inputs.__marker) : undefined;
  const orphan = adopted || !inputs.__marker ? undefined : await findOrphanClone(ctx, source, inputs.operationTimeoutSeconds);
  if (adopted) {
    cloneId = adopted.id;
    ctx.log(`adopting training ${cloneId}: an earlier, interrupted run cloned source ${sourceId} for ${inputs.__marker} and did not finish it`);
  } else if (orphan) {
    cloneId = orphan.training.id;
    cloneOperationId = orphan.operationId;
  } else {
    ctx.log(`cloning training ${sourceId}`);
    // No deadline: waiting for a pacing slot is not waiting for an operation, and a large stack
    // may queue for minutes behind Toloka's clone quota (each wait is logged).
    const { operation } = await ctx.coordinator.cloneTraining(sourceId);
    cloneOperationId = operation.id;
    const settled = ctx.work.operationStarted(operation.id, `clone of training ${sourceId}`);
    const finished = await ctx
      .waitForOperation(operation, inputs.operationTimeoutSeconds, `clone of training ${sourceId}`)
      .catch((e) => recordUnfinishedClone(ctx, inputs, source, e, providerText))
      .finally(settled);
    const newId = finished.details?.training_id;
    if (typeof newId !== "string" || newId === "") {
      throw new ProviderRefusalError(
        `Clone operation ${operation.id} of training ${sourceId} succeeded but named no new training (details: ${JSON.stringify(finished.details ?? {})}). ` +
          "Look for the clone in Toloka's project before running `pulumi up` again.",
        { code: "clone-named-no-training", nothingChanged: false, trainingId: sourceId, operationId: operation.id },
      );
    }
    cloneId = newId;
    ctx.claimTraining(cloneId);
    ctx.log(`training ${sourceId} cloned as training ${cloneId} (operation ${operation.id})`);
  }

  const facts = { cloneOperationId, endpoint: ctx.endpoint };
  let known: Training = adopted ?? orphan?.training ?? { id: cloneId, project_id: source.project_id, status: "CLOSED" };
  try {
    known = await ctx.client.getTraining(cloneId);
    if (inputs.__marker) known = await applyDesiredTraining(ctx, known, inputs, markerFor(inputs.__marker, sourceId, "creating"));
    known = await finishClone(ctx, known, inputs);
    return { id: cloneId, outs: buildOutputs(inputs, known, facts) };
  } catch (e) {
    known = await markRecorded(ctx, cloneId, inputs, known);
    const properties = withoutUndefined({ ...buildOutputs(inputs, known, facts), __provider: providerText });
    throw unfinishedClone(cloneId, properties, e, ctx.redact, "applying its name, overrides and marker");
  }
}

/**
 * A partial creation goes into the state, so its clone must stop looking like an interrupted
 * run's: a replacement with the same URN and source would adopt it, and the end of that `up`
 * would archive it as the old resource's training. Best effort: if this write fails too, the
 * clone stays marked "creating".
 */
async function markRecorded(ctx: ProviderContext, cloneId: string, inputs: ClonedTrainingInputs, known: Training): Promise<Training> {
  const marker = inputs.__marker;
  if (!marker) return known;
  try {
    const current = await ctx.client.getTraining(cloneId);
    if (!isUnfinishedClone(current, marker, inputs.sourceTrainingId)) return current;
    return await applyDesiredTraining(ctx, current, inputs, markerFor(marker, inputs.sourceTrainingId, "recorded"));
  } catch (e) {
    ctx.log(`training ${cloneId} stays marked as still being created: ${ctx.redact(e instanceof Error ? e.message : String(e))}`);
    return known;
  }
}

/**
 * A clone operation that timed out may already name its clone: record it (partial creation) so it
 * is not lost. Otherwise the error says what to do if the operation finishes later.
 */
async function recordUnfinishedClone(
  ctx: ProviderContext,
  inputs: ClonedTrainingInputs,
  source: Training,
  error: unknown,
  providerText: unknown,
): Promise<never> {
  if (!isOperationTimeoutError(error)) throw error;
  const latest = await ctx.client.getOperation(error.operationId).catch(() => error.operation);
  const cloneId = latest.details?.training_id;
  if (typeof cloneId === "string" && cloneId !== "") {
    ctx.claimTraining(cloneId);
    const known: Training = { id: cloneId, project_id: source.project_id, status: "CLOSED" };
    const properties = withoutUndefined({
      ...buildOutputs(inputs, known, { cloneOperationId: error.operationId, endpoint: ctx.endpoint }),
      __provider: providerText,
    });
    throw unfinishedClone(cloneId, properties, error, ctx.redact, "waiting for its clone operation");
  }
  error.message +=
    ` The operation goes on in Toloka: the next \`pulumi up\` of this resource takes that training instead of cloning again ` +
    "(it waits for the operation if it still runs), as long as nobody renames or edits the clone meanwhile.";
  throw error;
}

async function getSource(ctx: ProviderContext, sourceId: string): Promise<Training> {
  try {
    return await ctx.client.getTraining(sourceId);
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      throw new ProviderRefusalError(
        `Source training ${sourceId} does not exist behind ${ctx.endpoint}: check sourceTrainingId, ` +
          "and that toloka:environment / toloka:baseUrl point at the account that owns it.",
        { code: "source-training-missing", nothingChanged: true, trainingId: sourceId, cause: e },
      );
    }
    throw e;
  }
}

/** An unarchived clone of the same source still marked "creating" by this resource, not yet claimed here. */
async function findUnfinishedClone(ctx: ProviderContext, source: Training, marker: string): Promise<Training | undefined> {
  const candidates = await ctx.client.listTrainings({ project_id: source.project_id });
  const found = candidates.find(
    (t) => t.status !== "ARCHIVED" && isUnfinishedClone(t, marker, source.id) && ctx.claimTraining(t.id),
  );
  return found;
}
