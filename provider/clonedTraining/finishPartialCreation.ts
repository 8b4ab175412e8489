import { classifyOperation } from "../waiting";
import { finishClone } from "./finishClone";
import type { ClonedTrainingInputs } from "./inputs";
import { withoutUndefined } from "../runtime/withoutUndefined";
import { buildOutputs, type ClonedTrainingState } from "./outputs";
import { unfinishedClone } from "./unfinishedClone";
import type { ProviderContext } from "../runtime/ProviderContext";
import { waitWhileLocked } from "../runtime/waitWhileLocked";

/**
 * The `update` the engine sends after a partial creation (a resource with init errors is always
 * updated, even when `diff` finds nothing): waits for the clone operation and while the clone is
 * LOCKED, writes name, overrides and the marker "done", and returns outputs read from Toloka.
 * A failure keeps the record unfinished, so the `up` after it tries again.
 */
export async function finishPartialCreation(
  ctx: ProviderContext,
  id: string,
  olds: Record<string, unknown>,
  inputs: ClonedTrainingInputs,
  providerText: unknown,
): Promise<{ outs: ClonedTrainingState }> {
  const cloneOperationId = typeof olds.cloneOperationId === "string" ? olds.cloneOperationId : "";
  ctx.log(`finishing training ${id} (clone of ${inputs.sourceTrainingId}), whose creation failed in an earlier run`);
  try {
    const deadlineMs = ctx.clock.now() + inputs.operationTimeoutSeconds * 1000;
    if (cloneOperationId !== "") {
      const operation = await ctx.client.getOperation(cloneOperationId);
      if (classifyOperation(operation) === "RETRY") {
        await ctx.waitForOperation(operation, inputs.operationTimeoutSeconds, `clone of training ${inputs.sourceTrainingId}`);
      }
    }
    const training = await finishClone(ctx, await waitWhileLocked(ctx, await ctx.client.getTraining(id), deadlineMs), inputs);
    return { outs: buildOutputs(inputs, training, { cloneOperationId, endpoint: ctx.endpoint }) };
  } catch (e) {
    const properties = withoutUndefined({ ...olds, __provider: providerText });
    throw unfinishedClone(id, properties, e, ctx.redact, "finishing the earlier partial creation");
  }
}
