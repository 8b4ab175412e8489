import { isTolokaApiError } from "../toloka";
import type { Training } from "../toloka/types";
import { actualOverrides } from "./desiredTraining";
import { pickInputs, type ClonedTrainingInputs } from "./inputs";
import { buildOutputs } from "./outputs";
import { UNFINISHED_KEY } from "./unfinishedClone";
import type { ProviderContext } from "../runtime/ProviderContext";
import { ProviderRefusalError } from "../runtime/ProviderRefusalError";
import type { ReadResult } from "../runtime/ProviderResults";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";
import { closedForUpdateByProvider, REOPEN_PENDING_KEY } from "../runtime/reopenMark";

/**
 * `pulumi refresh`: Toloka's view of the clone into the outputs and into the declared `privateName`
 * and `overrides` fields of the inputs, as Pulumi's providers do. The next `up` then repairs drift
 * by diffing the program's values against Toloka's, while `ignoreChanges` (which puts the old,
 * refreshed input back) leaves an outside change alone. A clone that is missing or ARCHIVED behind
 * the same endpoint is gone (empty id). The read of a `ClonedTraining.get` (no recorded
 * training yet) refuses such a training instead: the engine would record nothing and say nothing.
 */
export async function readClonedTraining(ctx: ProviderContext, id: string, props: Record<string, unknown>): Promise<ReadResult> {
  requireSameEndpoint(ctx, id, props, "refresh");
  const recorded = pickInputs(props);
  const firstGet = props.trainingId === undefined && props.sourceTrainingId === undefined;
  try {
    const training = await ctx.client.getTraining(id);
    if (training.status === "ARCHIVED" && firstGet) throw getRefusal(ctx, id, "it is ARCHIVED", "ARCHIVED");
    if (training.status === "ARCHIVED") {
      ctx.log(`training ${id} is archived in Toloka: it leaves the state`);
      return { id: "", props: {} };
    }
    const inputs = refreshedInputs(recorded, training);
    const cloneOperationId = typeof props.cloneOperationId === "string" ? props.cloneOperationId : "";
    const outs = buildOutputs(inputs, training, { cloneOperationId, endpoint: ctx.endpoint });
    // A partial creation stays one until an update finishes it.
    const unfinished = props[UNFINISHED_KEY] === true ? { [UNFINISHED_KEY]: true } : {};
    // Closed for an update by an earlier run that could not open it: the next `up` opens it.
    const reopen = closedForUpdateByProvider(training) ? { [REOPEN_PENDING_KEY]: true } : {};
    return { id, props: { ...outs, ...unfinished, ...reopen }, inputs: { ...inputs } };
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404 && firstGet) throw getRefusal(ctx, id, `it does not exist behind ${ctx.endpoint}`, undefined, e);
    if (isTolokaApiError(e) && e.status === 404) {
      ctx.log(`training ${id} no longer exists in Toloka: it leaves the state`);
      return { id: "", props: {} };
    }
    throw e;
  }
}

function refreshedInputs(recorded: ClonedTrainingInputs, training: Training): ClonedTrainingInputs {
  const inputs = { ...recorded };
  if (recorded.privateName !== undefined && typeof training.private_name === "string") inputs.privateName = training.private_name;
  if (recorded.overrides) inputs.overrides = actualOverrides(training, recorded);
  return inputs;
}

function getRefusal(ctx: ProviderContext, id: string, why: string, status?: string, cause?: unknown): ProviderRefusalError {
  return new ProviderRefusalError(
    `Cannot read training ${id} (ClonedTraining.get): ${why}. Nothing was changed. Check the id, and that ` +
      "toloka:environment / toloka:baseUrl point at the account that owns it.",
    { code: "get-training-missing", nothingChanged: true, trainingId: id, status, cause },
  );
}
