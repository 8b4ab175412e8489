import { isTolokaApiError } from "../toloka";
import type { ReadResult } from "../runtime/ProviderResults";
import type { ProviderContext } from "../runtime/ProviderContext";
import { requireSameEndpoint } from "../runtime/requireSameEndpoint";
import { closedForUpdateByProvider, REOPEN_PENDING_KEY } from "../runtime/reopenMark";
import { pickRequirementInputs } from "./inputs";
import { buildRequirementOutputs, recordedCreationId, recordedPrevious } from "./outputs";
import { requirementSubject } from "./withRequirement";

/**
 * `pulumi refresh`: the pool's requirement as Toloka holds it goes into the outputs (drift shows
 * as `actualTrainingId` / `actualPassingSkillValue`), the recorded inputs go back as inputs. A
 * pool that is missing or ARCHIVED behind the same endpoint leaves the state (empty id).
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
    const outs = buildRequirementOutputs(inputs, pool, facts);
    // Closed for an update by an earlier run that could not open it: the next `up` opens it.
    const reopen = closedForUpdateByProvider(pool) ? { [REOPEN_PENDING_KEY]: true } : {};
    return { id, props: { ...outs, ...reopen }, inputs: { ...inputs } };
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      ctx.log(`pool ${id} no longer exists in Toloka: its training requirement leaves the state`);
      return { id: "", props: {} };
    }
    throw e;
  }
}
