import { randomUUID } from "crypto";
import { isEditLeftClosedError } from "../runtime/EditLeftClosedError";
import { PartialCreationError } from "../runtime/PartialCreationError";
import type { ProviderContext } from "../runtime/ProviderContext";
import { closedForUpdateByProvider } from "../runtime/reopenMark";
import type { Pool } from "../toloka/types";
import type { TrainingRequirementInputs } from "./inputs";
import { linkPool } from "./linkPool";
import { buildRequirementOutputs, requirementOf, type RequirementValue, type TrainingRequirementOutputs } from "./outputs";
import { earlierRequirement, recordOf } from "./requirementRecord";
import { requireLinkableTraining } from "./requireLinkableTraining";
import { requireUsablePool } from "./requireUsablePool";
import { describeRequirement } from "./withRequirement";

/**
 * Reads the pool (refusing a missing or ARCHIVED one), checks the training, and links the pool
 * to the training under a new creation id. What the pool required until now is recorded as
 * `previousRequirement`: the record an earlier creation left on the pool says it when there is
 * one (an interrupted create, a replacement made before the old resource is deleted); otherwise
 * it is the pool's current requirement. The resource id is the pool id: a pool has one training
 * requirement.
 */
export async function createTrainingRequirement(
  ctx: ProviderContext,
  inputs: TrainingRequirementInputs,
  providerText: unknown,
): Promise<{ id: string; outs: TrainingRequirementOutputs }> {
  const pool = await requireUsablePool(ctx, inputs.poolId);
  await requireLinkableTraining(ctx, inputs.trainingId, pool);
  const creationId = randomUUID();
  logEarlier(ctx, pool, inputs);
  let earlier: RequirementValue | null = earlierRequirement(pool, undefined, requirementOf(pool));
  try {
    const linked = await linkPool(ctx, pool, inputs, {
      creationId,
      earlier: (current) => (earlier = earlierRequirement(current, undefined, requirementOf(current))),
    });
    return { id: pool.id, outs: buildRequirementOutputs(inputs, linked.pool, { previousRequirement: linked.earlier, endpoint: ctx.endpoint, creationId }) };
  } catch (e) {
    throw await recordLandedLink(ctx, inputs, pool, { creationId, earlier }, e, providerText);
  }
}

/** Says where the earlier requirement comes from when the pool carries an earlier creation's record. */
function logEarlier(ctx: ProviderContext, pool: Pool, inputs: TrainingRequirementInputs): void {
  const record = recordOf(pool);
  const current = requirementOf(pool);
  if (record && record.linked === current?.trainingId) {
    ctx.log(
      `pool ${pool.id} carries the record of an earlier TrainingRequirement creation (${record.owner}), which linked training ${record.linked}: ` +
        `its requirement before the stack was ${describeRequirement(record.before)}, and this resource takes the link over`,
    );
  } else if (!record && current?.trainingId === inputs.trainingId) {
    ctx.log(
      `pool ${pool.id} already requires training ${inputs.trainingId} and carries no record of who linked it: ` +
        "that is recorded as its earlier requirement (if a TrainingRequirement of a stack deployed by 0.1.0 linked it, its own previousRequirement is the real one)",
    );
  }
}

/**
 * The PUT may have landed before a later step failed (opening the pool again, a lost answer):
 * then the pool requires the training, and Pulumi must record the resource, or `destroy` could
 * never put the earlier requirement back (the record on the pool keeps it too, for a create
 * after an interruption that left nothing in the state). Otherwise the error as it was.
 */
async function recordLandedLink(
  ctx: ProviderContext,
  inputs: TrainingRequirementInputs,
  pool: Pool,
  link: { creationId: string; earlier: RequirementValue | null },
  error: unknown,
  providerText: unknown,
): Promise<unknown> {
  const now = await ctx.client.getPool(pool.id).catch(() => undefined);
  if (!now || requirementOf(now)?.trainingId !== inputs.trainingId) return error;
  // Landed with this creation's record, or (a PUT without it) not: the state says which.
  const owned = recordOf(now)?.owner === link.creationId;
  const facts = {
    previousRequirement: owned ? earlierRequirement(now, link.creationId, link.earlier) : link.earlier,
    endpoint: ctx.endpoint,
    creationId: owned ? link.creationId : undefined,
  };
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
