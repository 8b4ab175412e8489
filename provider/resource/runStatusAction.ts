import { DATE_HEADER_MARGIN_MS, isTolokaApiError } from "../toloka";
import type { Operation } from "../toloka/types";
import { EDIT_TARGETS, operationTypeOf, type EditableKind, type StatusAction } from "./editTargets";
import type { ProviderContext } from "./ProviderContext";

/**
 * Opens, closes (for update) or archives a training or pool and awaits the operation. A 409 can
 * mean that the same action is still running: a resent request (a lost answer, then a
 * transport retry) meets its own first copy. So on a 409 the object's operation of that type
 * submitted since the first send is looked for and awaited; only when there is none does the
 * 409 stand. The caller re-reads the object to decide what happened.
 */
export async function runStatusAction(
  ctx: ProviderContext,
  kind: EditableKind,
  id: string,
  action: StatusAction,
  timeoutSeconds: number,
): Promise<void> {
  const target = EDIT_TARGETS[kind];
  const subject = `${action} of ${kind} ${id}`;
  const sentAtServerMs = ctx.client.serverNowMs();
  let operation: Operation | undefined;
  try {
    operation = await target.act(ctx.client, id, action);
  } catch (e) {
    if (!isTolokaApiError(e) || e.status !== 409) throw e;
    const type = operationTypeOf(target, action);
    const running = await findRunning(ctx, type, id, sentAtServerMs);
    if (!running) throw e;
    ctx.log(`${kind} ${id}: Toloka answered 409 to the ${action} while operation ${running.id} (${type}) runs; awaiting it`);
    operation = running;
  }
  if (operation) await ctx.waitForOperation(operation, timeoutSeconds, subject);
}

/** The newest operation of `type` about the object since the request was first sent, unless it failed. */
async function findRunning(ctx: ProviderContext, type: string, id: string, sentAtServerMs: number): Promise<Operation | undefined> {
  const found = await ctx.client
    .listRecentOperations(type, id, sentAtServerMs - DATE_HEADER_MARGIN_MS)
    .catch(() => [] as Operation[]);
  return found.filter((op) => op.status !== "FAIL").pop();
}
