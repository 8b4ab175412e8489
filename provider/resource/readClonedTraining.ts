import { isTolokaApiError } from "../toloka";
import { pickInputs } from "./inputs";
import { buildOutputs } from "./outputs";
import type { ProviderContext } from "./ProviderContext";
import { requireSameEndpoint } from "./requireSameEndpoint";

export interface ReadResult {
  id: string;
  props: Record<string, unknown>;
  inputs?: Record<string, unknown>;
}

/**
 * `pulumi refresh`: Toloka's view of the clone into the outputs, the recorded inputs back as
 * inputs. A clone that is missing or ARCHIVED behind the same endpoint is gone (empty id).
 */
export async function readClonedTraining(ctx: ProviderContext, id: string, props: Record<string, unknown>): Promise<ReadResult> {
  requireSameEndpoint(ctx, id, props, "refresh");
  const inputs = pickInputs(props);
  try {
    const training = await ctx.client.getTraining(id);
    if (training.status === "ARCHIVED") {
      ctx.log(`training ${id} is archived in Toloka: it leaves the state`);
      return { id: "", props: {} };
    }
    const cloneOperationId = typeof props.cloneOperationId === "string" ? props.cloneOperationId : "";
    const outs = buildOutputs(inputs, training, { cloneOperationId, endpoint: ctx.endpoint });
    return { id, props: { ...outs }, inputs: { ...inputs } };
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      ctx.log(`training ${id} no longer exists in Toloka: it leaves the state`);
      return { id: "", props: {} };
    }
    throw e;
  }
}
