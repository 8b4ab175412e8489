import type { Pool } from "../toloka/types";
import { editWhileClosed } from "../runtime/editWhileClosed";
import type { ProviderContext } from "../runtime/ProviderContext";
import type { TrainingRequirementInputs } from "./inputs";
import { requirementOf, type RequirementValue } from "./outputs";
import { withRecord } from "./requirementRecord";
import { describeRequirement, withRequirement } from "./withRequirement";

/** Who owns the link, and how to tell what the pool required before the stack, from the pool as read. */
export interface LinkOwnership {
  creationId: string;
  earlier: (current: Pool) => RequirementValue | null;
}

/**
 * Makes the pool require the declared training and skill value with a PUT of the whole pool as
 * read (fullApi.yaml, PUT /pools/{id}), through the one edit path: an OPEN pool is closed for the
 * update and opened again, a CLOSED one stays CLOSED, a LOCKED one is waited out. The same PUT
 * writes the record of the link into the pool's metadata (requirementRecord.ts): this creation as
 * its owner, and what the pool required before the stack, taken from the pool as it is when the
 * PUT is computed. Returns the pool as Toloka then holds it, and that earlier requirement; sends
 * nothing when the pool already requires them and carries this very record.
 */
export async function linkPool(
  ctx: ProviderContext,
  pool: Pool,
  inputs: TrainingRequirementInputs,
  ownership: LinkOwnership,
): Promise<{ pool: Pool; earlier: RequirementValue | null }> {
  const desired = { trainingId: inputs.trainingId, passingSkillValue: inputs.passingSkillValue };
  let earlier = ownership.earlier(pool);
  const linked = await editWhileClosed(
    ctx,
    "pool",
    pool,
    (current) => {
      earlier = ownership.earlier(current);
      return withRecord(withRequirement(current, desired), { owner: ownership.creationId, linked: desired.trainingId, before: earlier });
    },
    {
      operationTimeoutSeconds: inputs.operationTimeoutSeconds,
      logLine: `pool ${pool.id}: requiring ${describeRequirement(desired)} instead of ${describeRequirement(requirementOf(pool))}`,
      done: `it now requires ${describeRequirement(desired)}`,
    },
  );
  return { pool: linked, earlier };
}
