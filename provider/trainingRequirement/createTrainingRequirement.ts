import { isEditLeftClosedError } from "../runtime/EditLeftClosedError";
import { PartialCreationError } from "../runtime/PartialCreationError";
import type { ProviderContext } from "../runtime/ProviderContext";
import { closedForUpdateByProvider } from "../runtime/reopenMark";
import type { Pool } from "../toloka/types";
import type { TrainingRequirementInputs } from "./inputs";
import { linkPool } from "./linkPool";
import { buildRequirementOutputs, requirementOf, type TrainingRequirementOutputs } from "./outputs";
import { requireLinkableTraining } from "./requireLinkableTraining";
import { requireUsablePool } from "./requireUsablePool";

/**
 * Reads the pool (refusing a missing or ARCHIVED one), checks the training, records what the
 * pool required until now as `previousRequirement`, and links the pool to the training. The
 * resource id is the pool id: a pool has one training requirement.
 */
export async function createTrainingRequirement(
  ctx: ProviderContext,
  inputs: TrainingRequirementInputs,
  providerText: unknown,
): Promise<{ id: string; outs: TrainingRequirementOutputs }> {
  const pool = await requireUsablePool(ctx, inputs.poolId);
  await requireLinkableTraining(ctx, inputs.trainingId, pool);
  const facts = { previousRequirement: requirementOf(pool), endpoint: ctx.endpoint };
  try {
    const linked = await linkPool(ctx, pool, inputs);
    return { id: pool.id, outs: buildRequirementOutputs(inputs, linked, facts) };
  } catch (e) {
    throw await recordLandedLink(ctx, inputs, pool, facts, e, providerText);
  }
}

/**
 * The PUT may have landed before a later step failed (opening the pool again, a lost answer):
 * then the pool requires the training, and Pulumi must record the resource with what the pool
 * required before, or `destroy` could never put it back. Otherwise the error as it was.
 */
async function recordLandedLink(
  ctx: ProviderContext,
  inputs: TrainingRequirementInputs,
  pool: Pool,
  facts: Parameters<typeof buildRequirementOutputs>[2],
  error: unknown,
  providerText: unknown,
): Promise<unknown> {
  const now = await ctx.client.getPool(pool.id).catch(() => undefined);
  if (!now || requirementOf(now)?.trainingId !== inputs.trainingId) return error;
  const properties = { ...buildRequirementOutputs(inputs, now, facts), __provider: providerText };
  // The next `up` opens the pool again only if it carries this provider's mark of the close (reopenMark.ts).
  const leftClosed =
    pool.status === "OPEN" && now.status !== "OPEN" && !isEditLeftClosedError(error)
      ? closedForUpdateByProvider(now)
        ? `Pool ${pool.id} was OPEN and is ${now.status} now: the next \`pulumi up\` opens it again (so does Toloka, 15 minutes after the close). `
        : `Pool ${pool.id} was OPEN and is ${now.status} now: open it in Toloka (Toloka reopens a pool closed for update by itself after 15 minutes). `
      : "";
  return new PartialCreationError(pool.id, properties, error, ctx.redact, {
    step: "finishing the update of the pool",
    done: `Pool ${pool.id} now requires training ${inputs.trainingId}`,
    next:
      leftClosed +
      "The requirement is recorded in the state; run `pulumi up` again to finish it, or `pulumi destroy` to put the pool's earlier requirement back.",
  });
}
