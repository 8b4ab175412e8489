import { randomUUID } from "crypto";
import { withoutUndefined } from "../runtime/withoutUndefined";
import type { ProviderContext } from "../runtime/ProviderContext";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";
import { diffTrainingRequirement } from "./diffTrainingRequirement";
import { pickRequirementInputs } from "./inputs";
import { linkPool } from "./linkPool";
import { buildRequirementOutputs, recordedCreationId, recordedPrevious, type TrainingRequirementOutputs } from "./outputs";
import { earlierRequirement } from "./requirementRecord";
import { requireLinkableTraining } from "./requireLinkableTraining";
import { requireUsablePool } from "./requireUsablePool";
import { requirementSubject } from "./withRequirement";

/**
 * Re-points the pool in place (a new training, a new skill value, or drift found by `refresh`),
 * with the same checks and edit path as `create`, and returns ALL outputs. `previousRequirement`
 * stays what it was before the resource existed (the pool's record says it, or the state). The
 * PUT renews the record in the pool's metadata; a state written by 0.1.0 gets its `creationId`
 * here. A change of the timeout alone sends nothing.
 */
export async function updateTrainingRequirement(
  ctx: ProviderContext,
  id: string,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
): Promise<{ outs: TrainingRequirementOutputs }> {
  requireSameEndpoint(ctx, id, olds, "update", requirementSubject(id));
  const inputs = pickRequirementInputs(news);
  const facts = { previousRequirement: recordedPrevious(olds), endpoint: ctx.endpoint, creationId: recordedCreationId(olds) };
  const { tolokaUpdates } = diffTrainingRequirement(olds, news);
  if (tolokaUpdates.length === 0) {
    const recorded = olds as unknown as TrainingRequirementOutputs;
    const outs: TrainingRequirementOutputs = {
      ...inputs,
      poolStatus: recorded.poolStatus,
      actualTrainingId: recorded.actualTrainingId ?? null,
      actualPassingSkillValue: recorded.actualPassingSkillValue ?? null,
      ...facts,
    };
    return { outs: withoutUndefined(outs) };
  }
  const pool = await requireUsablePool(ctx, id);
  await requireLinkableTraining(ctx, inputs.trainingId, pool);
  const creationId = facts.creationId ?? randomUUID();
  const linked = await linkPool(ctx, pool, inputs, {
    creationId,
    earlier: (current) => earlierRequirement(current, facts.creationId, facts.previousRequirement),
  });
  return { outs: buildRequirementOutputs(inputs, linked.pool, { previousRequirement: linked.earlier, endpoint: ctx.endpoint, creationId }) };
}
