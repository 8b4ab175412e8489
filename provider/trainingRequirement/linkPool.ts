import type { Pool } from "../toloka/types";
import { editWhileClosed } from "../runtime/editWhileClosed";
import type { ProviderContext } from "../runtime/ProviderContext";
import type { TrainingRequirementInputs } from "./inputs";
import { describeRequirement, withRequirement } from "./withRequirement";
import { requirementOf } from "./outputs";

/**
 * Makes the pool require the declared training and skill value with a PUT of the whole pool as
 * read (fullApi.yaml, PUT /pools/{id}), through the one edit path: an OPEN pool is closed for the
 * update and opened again, a CLOSED one stays CLOSED, a LOCKED one is waited out. Returns the pool
 * as Toloka then holds it; sends nothing when it already requires them.
 */
export async function linkPool(ctx: ProviderContext, pool: Pool, inputs: TrainingRequirementInputs): Promise<Pool> {
  const desired = { trainingId: inputs.trainingId, passingSkillValue: inputs.passingSkillValue };
  return editWhileClosed(ctx, "pool", pool, (current) => withRequirement(current, desired), {
    operationTimeoutSeconds: inputs.operationTimeoutSeconds,
    logLine: `pool ${pool.id}: requiring ${describeRequirement(desired)} instead of ${describeRequirement(requirementOf(pool))}`,
    done: `it now requires ${describeRequirement(desired)}`,
  });
}
