import { isTolokaApiError } from "../toloka";
import type { ReadResult } from "../runtime/ProviderResults";
import type { ProviderContext } from "../runtime/ProviderContext";
import { ProviderRefusalError } from "../runtime/ProviderRefusalError";
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
 * that is missing or ARCHIVED behind the same endpoint leaves the state (empty id). For a
 * `TrainingRequirement.get` the same read runs with no recorded inputs: the outputs are Toloka's,
 * and a missing or ARCHIVED pool is refused (the engine would record nothing and say nothing).
 */
export async function readTrainingRequirement(ctx: ProviderContext, id: string, props: Record<string, unknown>): Promise<ReadResult> {
  requireSameEndpoint(ctx, id, props, "refresh", requirementSubject(id));
  // A `get` records no inputs: the pool is the id.
  const firstGet = props.poolId === undefined;
  const inputs = { ...pickRequirementInputs(props), poolId: firstGet ? id : String(props.poolId) };
  try {
    const pool = await ctx.client.getPool(id);
    if (pool.status === "ARCHIVED" && firstGet) throw getRefusal(ctx, id, "it is ARCHIVED", "ARCHIVED");
    if (pool.status === "ARCHIVED") {
      ctx.log(`pool ${id} is archived in Toloka: its training requirement leaves the state`);
      return { id: "", props: {} };
    }
    const facts = { previousRequirement: recordedPrevious(props), endpoint: ctx.endpoint, creationId: recordedCreationId(props) };
    // A `get` manages nothing, so it has no inputs to refresh: `actualTrainingId` says what the pool requires.
    const refreshed = firstGet ? inputs : refreshedInputs(inputs, pool);
    const outs = buildRequirementOutputs(refreshed, pool, facts);
    // Closed for an update by an earlier run that could not open it: the next `up` opens it.
    const reopen = closedForUpdateByProvider(pool) ? { [REOPEN_PENDING_KEY]: true } : {};
    return { id, props: { ...outs, ...reopen }, inputs: { ...refreshed } };
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404 && firstGet) throw getRefusal(ctx, id, `it does not exist behind ${ctx.endpoint}`, undefined, e);
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

function getRefusal(ctx: ProviderContext, id: string, why: string, status?: string, cause?: unknown): ProviderRefusalError {
  return new ProviderRefusalError(
    `Cannot read the training requirement of pool ${id} (TrainingRequirement.get): ${why}. Nothing was changed. ` +
      "Check the id, and that toloka:environment / toloka:baseUrl point at the account that owns the pool.",
    { code: "get-pool-missing", nothingChanged: true, poolId: id, status, cause },
  );
}
