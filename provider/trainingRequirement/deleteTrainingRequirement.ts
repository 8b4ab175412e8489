import { isTolokaApiError } from "../toloka";
import type { Pool } from "../toloka/types";
import { editWhileClosed } from "../runtime/editWhileClosed";
import type { ProviderContext } from "../runtime/ProviderContext";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";
import { pickRequirementInputs } from "./inputs";
import { recordedCreationId, recordedPrevious, requirementOf, type RequirementValue } from "./outputs";
import { recordOf, withoutRecord } from "./requirementRecord";
import { linkProblem } from "./requireLinkableTraining";
import { describeRequirement, requirementSubject, withRequirement } from "./withRequirement";

/**
 * Unlinks the pool from this resource's training, so that the training can be archived, and
 * gives it back what it required before the stack, removing the record from its metadata in the
 * same PUT. Who owns the link, and what came before, is the record's to say
 * (requirementRecord.ts): when another creation owns it (a replacement made before this delete),
 * the pool is left as it is. A pool without the record (a state written by 0.1.0) is given the
 * recorded `previousRequirement` back when it still requires this resource's training. The
 * earlier requirement is put back only if that training can still be required (exists, not
 * ARCHIVED, same project); otherwise the requirement is removed. A pool that is missing,
 * ARCHIVED, or pointed elsewhere since is left as it is: success. Runs with the settings in the state.
 */
export async function deleteTrainingRequirement(ctx: ProviderContext, id: string, props: Record<string, unknown>): Promise<void> {
  requireSameEndpoint(ctx, id, props, "delete", requirementSubject(id));
  const inputs = pickRequirementInputs(props);
  const pool = await getUnlessGone(ctx, id);
  if (!pool) return;
  const own = recordedCreationId(props);
  const record = recordOf(pool);
  const current = requirementOf(pool);
  if (record && record.owner !== own) {
    ctx.log(
      `pool ${id}: another TrainingRequirement creation (${record.owner}, e.g. the replacement of this one) owns its link to ` +
        `training ${record.linked} now; this one leaves the pool as it is`,
    );
    return;
  }
  const linked = record?.linked ?? inputs.trainingId;
  if (current?.trainingId !== linked) {
    ctx.log(
      `pool ${id} requires ${describeRequirement(current)}, not training ${linked} that this resource set: ` +
        "someone changed it since; it is left as it is",
    );
    return;
  }
  const previous = record ? record.before : recordedPrevious(props);
  const restored = await restorable(ctx, previous, pool);
  await editWhileClosed(ctx, "pool", pool, (now) => withoutRecord(withRequirement(now, restored)), {
    operationTimeoutSeconds: inputs.operationTimeoutSeconds,
    logLine: restored
      ? `pool ${id}: putting back its earlier requirement, ${describeRequirement(restored)}`
      : `pool ${id}: removing its training requirement (training ${linked})`,
    done: restored ? `it requires ${describeRequirement(restored)} again` : "it requires no training",
    // Nothing of the provider stays on a pool it gives back (Toloka reopens it by itself after 15 minutes).
    markForReopen: false,
  });
  ctx.log(`pool ${id} no longer requires training ${linked}`);
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
