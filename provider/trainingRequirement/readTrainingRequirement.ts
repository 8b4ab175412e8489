import { isTolokaApiError } from "../toloka";
import type { ReadResult } from "../runtime/ProviderResults";
import type { ProviderContext } from "../runtime/ProviderContext";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";
import { closedForUpdateByProvider, REOPEN_PENDING_KEY } from "../runtime/reopenMark";
import { pickRequirementInputs, type TrainingRequirementInputs } from "./inputs";
import { buildRequirementOutputs, recordedCreationId, recordedPrevious, requirementOf } from "./outputs";
import type { Pool } from "../toloka/types";
import { requirementSubject } from "./withRequirement";

/**
 * `pulumi refresh`: the pool's requirement as Toloka holds it goes into the outputs
 * (`actualTrainingId`, `actualPassingSkillValue`) and into the `trainingId` and
 * `passingSkillValue` of the inputs, as ClonedTraining's read does (readClonedTraining.ts). The
 * next `up` then diffs the program's values against Toloka's: the CLI shows which property
 * changes (it shows old inputs against new ones, pulumi/pulumi `display/object_diff.go`), not a
 * bare update, and `ignoreChanges` (which puts the refreshed input back) keeps an outside change.
 * A pool that requires no training keeps the recorded inputs (an input cannot say "none"). A pool
 * that is missing or ARCHIVED behind the same endpoint leaves the state (empty id).
 */
export async function readTrainingRequirement(ctx: ProviderContext, id: string, props: Record<string, unknown>): Promise<ReadResult> {
  requireSameEndpoint(ctx, id, props, "refresh", requirementSubject(id));
  const inputs = pickRequirementInputs(props);
  try {
    const pool = await ctx.client.getPool(id);
    if (pool.status === "ARCHIVED") {
      ctx.log(`pool ${id} is archived in Toloka: its training requirement leaves the state`);
      return { id: "", props: {} };
    }
    const facts = { previousRequirement: recordedPrevious(props), endpoint: ctx.endpoint, creationId: recordedCreationId(props) };
    const refreshed = refreshedInputs(inputs, pool);
    const outs = buildRequirementOutputs(refreshed, pool, facts);
    // Closed for an update by an earlier run that could not open it: the next `up` opens it.
    const reopen = closedForUpdateByProvider(pool) ? { [REOPEN_PENDING_KEY]: true } : {};
    return { id, props: { ...outs, ...reopen }, inputs: { ...refreshed } };
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      ctx.log(`pool ${id} no longer exists in Toloka: its training requirement leaves the state`);
      return { id: "", props: {} };
    }
    throw e;
  }
}

function refreshedInputs(recorded: TrainingRequirementInputs, pool: Pool): TrainingRequirementInputs {
  const actual = requirementOf(pool);
  if (!actual) return recorded;
  return { ...recorded, trainingId: actual.trainingId, passingSkillValue: actual.passingSkillValue ?? recorded.passingSkillValue };
}
