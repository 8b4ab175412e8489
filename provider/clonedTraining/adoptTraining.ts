import { isTolokaApiError } from "../toloka";
import type { Training } from "../toloka/types";
import { applyDesiredTraining } from "./applyDesiredTraining";
import type { ClonedTrainingInputs } from "./inputs";
import { MARKER_RESOURCE_KEY, markerFor, markerOwners } from "./marker";
import { buildOutputs, type ClonedTrainingState } from "./outputs";
import type { ProviderContext } from "../runtime/ProviderContext";
import { ProviderRefusalError, type ProviderRefusalCode } from "../runtime/ProviderRefusalError";
import { waitWhileLocked } from "../runtime/waitWhileLocked";

/**
 * `create` with `adoptTrainingId`: takes over an existing training instead of cloning (the way to
 * import one, since `pulumi import` cannot reach a dynamic provider). Refuses, changing nothing,
 * a training that is missing, ARCHIVED, or marked as another resource's. Then writes name,
 * overrides and this resource's marker in one PUT.
 */
export async function adoptTraining(
  ctx: ProviderContext,
  inputs: ClonedTrainingInputs,
  trainingId: string,
): Promise<{ id: string; outs: ClonedTrainingState }> {
  const refuse = (code: ProviderRefusalCode, why: string, fields: { cause?: unknown; owners?: string[] } = {}) =>
    new ProviderRefusalError(`Cannot adopt training ${trainingId} (adoptTrainingId): ${why} Nothing was changed.`, {
      code,
      nothingChanged: true,
      trainingId,
      ...fields,
    });
  let training: Training;
  try {
    training = await ctx.client.getTraining(trainingId);
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      throw refuse(
        "adopted-training-missing",
        `it does not exist behind ${ctx.endpoint}. Check the id, and that toloka:environment / toloka:baseUrl point at the account that owns it.`,
        { cause: e },
      );
    }
    throw e;
  }
  if (training.status === "ARCHIVED") {
    throw refuse("adopted-training-archived", "it is ARCHIVED in Toloka, and an archived training cannot be managed. Name another training, or remove adoptTrainingId to clone the source.");
  }
  const others = markerOwners(training).filter((owner) => owner !== inputs.__marker);
  if (others.length > 0) {
    throw refuse(
      "adopted-training-managed-elsewhere",
      `its metadata (${MARKER_RESOURCE_KEY}) says the Pulumi resource ${others.join(", ")} manages it, and one training must not be managed twice. ` +
        `If that resource no longer manages it (it was dropped with retainOnDelete or \`pulumi state delete\`), remove the key ${MARKER_RESOURCE_KEY} from the training's metadata in Toloka, then run \`pulumi up\` again.`,
      { owners: others },
    );
  }
  if (!ctx.claimTraining(trainingId)) {
    throw refuse("adopted-training-claimed", "another resource of this deployment already manages it. Give each ClonedTraining its own adoptTrainingId.");
  }

  ctx.log(`adopting training ${trainingId} (adoptTrainingId) for ${inputs.__marker ?? "a resource without marker"}`);
  try {
    training = await waitWhileLocked(ctx, training, ctx.clock.now() + inputs.operationTimeoutSeconds * 1000);
    const marker = inputs.__marker ? markerFor(inputs.__marker, inputs.sourceTrainingId, "done") : undefined;
    training = await applyDesiredTraining(ctx, training, inputs, marker);
  } catch (e) {
    const reason = ctx.redact(e instanceof Error ? e.message : String(e));
    throw new ProviderRefusalError(
      `Adopting training ${trainingId} (adoptTrainingId) failed: ${reason} The training is not in the state; run \`pulumi up\` again to adopt it.`,
      { code: "adoption-failed", nothingChanged: false, trainingId, cause: e },
    );
  }
  return { id: trainingId, outs: buildOutputs(inputs, training, { cloneOperationId: "", endpoint: ctx.endpoint }) };
}
