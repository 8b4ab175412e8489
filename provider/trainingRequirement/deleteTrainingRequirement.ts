import { isTolokaApiError } from "../toloka";
import type { Pool } from "../toloka/types";
import { editWhileClosed } from "../runtime/editWhileClosed";
import type { ProviderContext } from "../runtime/ProviderContext";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";
import { pickRequirementInputs } from "./inputs";
import { recordedPrevious, requirementOf, type RequirementValue } from "./outputs";
import { linkProblem } from "./requireLinkableTraining";
import { describeRequirement, requirementSubject, withRequirement } from "./withRequirement";

/**
 * Unlinks the pool from this resource's training, so that the training can be archived. When
 * the pool still requires that training, it gets `previousRequirement` back if that training can
 * still be required (exists, not ARCHIVED, same project); otherwise the requirement is removed.
 * A pool that is missing, ARCHIVED, or already pointed elsewhere is left as it is: success.
 * Runs with the settings in the state.
 */
export async function deleteTrainingRequirement(ctx: ProviderContext, id: string, props: Record<string, unknown>): Promise<void> {
  requireSameEndpoint(ctx, id, props, "delete", requirementSubject(id));
  const inputs = pickRequirementInputs(props);
  const pool = await getUnlessGone(ctx, id);
  if (!pool) return;
  const current = requirementOf(pool);
  if (current?.trainingId !== inputs.trainingId) {
    ctx.log(
      `pool ${id} requires ${describeRequirement(current)}, not training ${inputs.trainingId} that this resource set: ` +
        "someone changed it since; it is left as it is",
    );
    return;
  }
  const restored = await restorable(ctx, recordedPrevious(props), pool);
  await editWhileClosed(ctx, "pool", pool, (now) => withRequirement(now, restored), {
    operationTimeoutSeconds: inputs.operationTimeoutSeconds,
    logLine: restored
      ? `pool ${id}: putting back its earlier requirement, ${describeRequirement(restored)}`
      : `pool ${id}: removing its training requirement (training ${inputs.trainingId})`,
  });
  ctx.log(`pool ${id} no longer requires training ${inputs.trainingId}`);
}

/** The earlier requirement when the pool can require it again; null otherwise (logged). */
async function restorable(ctx: ProviderContext, previous: RequirementValue | null, pool: Pool): Promise<RequirementValue | null> {
  if (previous === null || previous.passingSkillValue === null) return null;
  const problem = await linkProblem(ctx, previous.trainingId, pool);
  if (!problem) return previous;
  ctx.log(`pool ${pool.id}: its earlier requirement cannot be put back (${problem.text}), so the requirement is removed`);
  return null;
}

async function getUnlessGone(ctx: ProviderContext, id: string): Promise<Pool | undefined> {
  try {
    const pool = await ctx.client.getPool(id);
    if (pool.status !== "ARCHIVED") return pool;
    ctx.log(`pool ${id} is archived: its training requirement is left as it is`);
    return undefined;
  } catch (e) {
    if (!(isTolokaApiError(e) && e.status === 404)) throw e;
    ctx.log(`pool ${id} no longer exists in Toloka: nothing to unlink`);
    return undefined;
  }
}
