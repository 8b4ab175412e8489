import { isTolokaApiError } from "../toloka";
import type { Operation } from "../toloka/types";
import { EDIT_TARGETS, operationTypeOf, type EditableKind, type StatusAction } from "./editTargets";
import { findOperationSince } from "./findOperationSince";
import type { ProviderContext } from "./ProviderContext";

export interface StatusActionResult {
  /**
   * True when Toloka answered 204 (fullApi.yaml: "the current status is the same as the
   * requested status") and no operation of this run was behind it: someone else had already
   * done it.
   */
  already: boolean;
}

/**
 * Opens, closes (for update) or archives a training or pool and awaits the operation. A resent
 * request (a lost answer, then a transport retry) can meet its own first copy: still running,
 * Toloka answers 409; already done, 204. So on a 409 or a 204 the object's operation of that
 * type submitted since the first send is looked for and awaited; only when there is none does
 * the 409 stand, or the 204 mean "already so". The caller re-reads the object to check the status
 * it ended in (someone else's operation of the same type, in the same seconds, looks the same).
 */
export async function runStatusAction(
  ctx: ProviderContext,
  kind: EditableKind,
  id: string,
  action: StatusAction,
  timeoutSeconds: number,
): Promise<StatusActionResult> {
  const target = EDIT_TARGETS[kind];
  const subject = `${action} of ${kind} ${id}`;
  const type = operationTypeOf(target, action);
  const sentAtServerMs = ctx.client.serverNowMs();
  let operation: Operation | undefined;
  try {
    operation = await target.act(ctx.client, id, action);
  } catch (e) {
    if (!isTolokaApiError(e) || e.status !== 409) throw e;
    const running = await findOperationSince(ctx, type, id, sentAtServerMs).catch(() => undefined);
    if (!running) throw e;
    ctx.log(`${kind} ${id}: Toloka answered 409 to the ${action} while operation ${running.id} (${type}) runs; awaiting it`);
    operation = running;
  }
  if (!operation) {
    const earlier = await findOperationSince(ctx, type, id, sentAtServerMs).catch(() => undefined);
    if (!earlier) return { already: true };
    ctx.log(`${kind} ${id}: Toloka answered 204 to the ${action}: operation ${earlier.id} (${type}), sent since, did it`);
    operation = earlier;
  }
  await ctx.waitForOperation(operation, timeoutSeconds, subject);
  return { already: false };
}
