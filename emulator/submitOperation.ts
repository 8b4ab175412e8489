/** Starting an operation whose effect lands when it finishes, and the results it can end with. */
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import type { OperationResult } from "./OperationBook";

export function submitOperation(
  ctx: EmulatorContext,
  req: ApiRequest,
  type: string,
  parameters: Record<string, string>,
  complete: (at: number) => OperationResult,
): Answer {
  const o = ctx.options();
  const durationMs = o.durationForOperation ? o.durationForOperation(type, ctx.operations.nextSeq()) : o.operationDurationMs;
  if (typeof durationMs !== "number" || !(durationMs >= 0)) {
    throw new TypeError(`durationForOperation(${type}) must return a number >= 0, got ${String(durationMs)}`);
  }
  const record = ctx.operations.submit({
    type,
    parameters,
    submittedMs: ctx.now(),
    durationMs,
    pendingMs: o.pendingMs,
    progressModel: o.progressModel,
    outcome: req.operationFault?.outcome ?? "complete",
    failLog: req.operationFault?.log,
    complete,
  });
  ctx.settle(); // a zero-length operation is already done in the 202 answer
  return { status: 202, body: ctx.operations.view(record, ctx.now()) };
}

function logType(type: string): string {
  return type.replace(".", "_");
}

export function succeeded(type: string, input: Record<string, string>, output: Record<string, unknown>): OperationResult {
  return { status: "SUCCESS", details: {}, log: [{ type: logType(type), success: true, input, output }] };
}

export function failure(type: string, input: Record<string, string>, output: Record<string, unknown>): OperationResult {
  return { status: "FAIL", details: {}, log: [{ type: logType(type), success: false, input, output }] };
}

export function gone(type: string, label: string, input: Record<string, string>): OperationResult {
  const id = Object.values(input)[0];
  return failure(type, input, { code: "DOES_NOT_EXIST", message: `${label} ${id} no longer exists` });
}
