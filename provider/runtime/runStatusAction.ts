import { isTolokaApiError } from "../toloka";
import type { Operation } from "../toloka/types";
import { EDIT_TARGETS, operationTypeOf, type EditableKind, type StatusAction } from "./editTargets";
import { findOperationSince } from "./findOperationSince";
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
    const running = await findOperationSince(ctx, type, id, sentAtServerMs).catch(() => undefined);
    if (!running) throw e;
    ctx.log(`${kind} ${id}: Toloka answered 409 to the ${action} while operation ${running.id} (${type}) runs; awaiting it`);
    operation = running;
  }
  if (operation) await ctx.waitForOperation(operation, timeoutSeconds, subject);
}
