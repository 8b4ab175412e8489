import { applyDesiredTraining } from "./applyDesiredTraining";
import { diffClonedTraining } from "./diffClonedTraining";
import { finishPartialCreation } from "./finishPartialCreation";
import { pickInputs } from "./inputs";
import { withoutUndefined } from "../runtime/withoutUndefined";
import { buildOutputs, type ClonedTrainingState } from "./outputs";
import { UNFINISHED_KEY } from "./unfinishedClone";
import type { ProviderContext } from "../runtime/ProviderContext";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";

/**
 * Puts the declared name and overrides back on the clone (a PUT of the whole training, as
 * Toloka requires) and returns ALL outputs. A change of state-only inputs sends nothing. A record
 * left by a partial creation is finished first (finishPartialCreation).
 */
export async function updateClonedTraining(
  ctx: ProviderContext,
  id: string,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): Promise<{ outs: ClonedTrainingState }> {
  requireSameEndpoint(ctx, id, olds, "update");
  const inputs = pickInputs(news);
  if (olds[UNFINISHED_KEY] === true) return finishPartialCreation(ctx, id, olds, inputs, news.__provider);
  const { tolokaUpdates } = diffClonedTraining(olds, news);
  const recorded = olds as unknown as ClonedTrainingState;
  const facts = { cloneOperationId: recorded.cloneOperationId ?? "", endpoint: ctx.endpoint };
  if (tolokaUpdates.length === 0) {
    const actualOverrides = inputs.overrides
      ? Object.fromEntries(Object.keys(inputs.overrides).map((f) => [f, recorded.actualOverrides?.[f] ?? null]))
      : undefined;
    const outs: ClonedTrainingState = {
      ...inputs,
      trainingId: recorded.trainingId ?? id,
      projectId: recorded.projectId,
      status: recorded.status,
      actualPrivateName: recorded.actualPrivateName ?? null,
      actualOverrides,
      cloneOperationId: facts.cloneOperationId,
      created: recorded.created ?? null,
      endpoint: ctx.endpoint,
    };
    return { outs: withoutUndefined(outs) };
  }
  const training = await applyDesiredTraining(
    ctx,
    await ctx.client.getTraining(id),
    inputs,
    undefined,
    `updating training ${id} (clone of ${inputs.sourceTrainingId}): ${tolokaUpdates.join(", ")}`,
  );
  return { outs: buildOutputs(inputs, training, facts) };
}
