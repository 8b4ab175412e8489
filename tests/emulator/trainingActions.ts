/** POST /trainings/{id}/open|close|archive|clone: each starts an operation whose effect lands when it succeeds. */
import { READ_ONLY_TRAINING_FIELDS, type Training, type TrainingStatus } from "../../provider/toloka/types";
import { ApiError, inappropriateStatus } from "./ApiError";
import { archiveBlocker, describeBlocker, type ArchiveBlocker } from "./archivePreconditions";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import type { OperationResult } from "./OperationBook";
import { tolokaTimestamp } from "./timestamps";

export function openTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  return switchStatus(ctx, req, "TRAINING.OPEN", "CLOSED", "OPEN", (t, at) => {
    t.last_started = tolokaTimestamp(at);
  });
}

export function closeTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  return switchStatus(ctx, req, "TRAINING.CLOSE", "OPEN", "CLOSED", (t, at) => {
    t.last_stopped = tolokaTimestamp(at);
    t.last_close_reason = "MANUAL";
  });
}

export function archiveTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  const training = ctx.state.requireTraining(req.match.id);
  const id = training.id;
  if (training.status === "ARCHIVED") return { status: 204 };
  if (training.status === "LOCKED") throw inappropriateStatus("Training", id, training.status, ["CLOSED"]);
  const blocker = archiveBlocker(training, ctx.state.pools.values());
  if (blocker && ctx.options().archiveConflict === "409") {
    const { code, message, payload } = describeBlocker(id, blocker);
    throw new ApiError(409, code, message, payload);
  }
  return submit(ctx, req, "TRAINING.ARCHIVE", id, () => {
    // Accepted despite a broken rule ("operation-fail" mode): it fails for that rule.
    if (blocker) return failed("TRAINING.ARCHIVE", id, blocker);
    const current = ctx.state.trainings.get(id);
    if (!current) return gone("TRAINING.ARCHIVE", id);
    if (current.status === "ARCHIVED") return succeeded("TRAINING.ARCHIVE", id, { status: "ARCHIVED" });
    // Re-checked at completion: a pool re-opened meanwhile fails the accepted archive.
    const late = archiveBlocker(current, ctx.state.pools.values());
    if (late) return failed("TRAINING.ARCHIVE", id, late);
    current.status = "ARCHIVED";
    return succeeded("TRAINING.ARCHIVE", id, { status: "ARCHIVED" });
  });
}

export function cloneTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  const source = ctx.state.requireTraining(req.match.id);
  const id = source.id;
  // A guess: the docs do not say whether an ARCHIVED training can be cloned; we refuse it like a LOCKED one.
  if (source.status === "ARCHIVED" || source.status === "LOCKED") {
    throw inappropriateStatus("Training", id, source.status, ["OPEN", "CLOSED"]);
  }
  const now = ctx.now();
  ctx.cloneQuota.check(now);
  ctx.cloneQuota.record(now);
  return submit(ctx, req, "TRAINING.CLONE", id, (at) => {
    const current = ctx.state.trainings.get(id);
    if (!current) return gone("TRAINING.CLONE", id);
    const copy = structuredClone(current) as Training;
    for (const field of READ_ONLY_TRAINING_FIELDS) delete copy[field];
    const clone: Training = { ...copy, id: ctx.state.newTrainingId(), status: "CLOSED", created: tolokaTimestamp(at) };
    ctx.state.trainings.set(clone.id, clone);
    const result = succeeded("TRAINING.CLONE", id, { training_id: clone.id });
    return { ...result, details: { training_id: clone.id } };
  });
}

function switchStatus(
  ctx: EmulatorContext,
  req: ApiRequest,
  type: string,
  from: TrainingStatus,
  to: TrainingStatus,
  stamp: (t: Training, at: number) => void,
): Answer {
  const training = ctx.state.requireTraining(req.match.id);
  const id = training.id;
  if (training.status === to) return { status: 204 };
  if (training.status !== from) throw inappropriateStatus("Training", id, training.status, [from]);
  return submit(ctx, req, type, id, (at) => {
    const current = ctx.state.trainings.get(id);
    if (!current) return gone(type, id);
    if (current.status === to) return succeeded(type, id, { status: to });
    if (current.status !== from) {
      return failure(type, id, {
        code: "INAPPROPRIATE_STATUS",
        message: `Training ${id} became ${current.status} before the operation ran; it needs ${from}`,
        appropriate_statuses: [from],
        current_status: current.status,
      });
    }
    current.status = to;
    stamp(current, at);
    return succeeded(type, id, { status: to });
  });
}

function submit(
  ctx: EmulatorContext,
  req: ApiRequest,
  type: string,
  trainingId: string,
  complete: (at: number) => OperationResult,
): Answer {
  const o = ctx.options();
  const durationMs = o.durationForOperation ? o.durationForOperation(type, ctx.operations.nextSeq()) : o.operationDurationMs;
  if (typeof durationMs !== "number" || !(durationMs >= 0)) {
    throw new TypeError(`durationForOperation(${type}) must return a number >= 0, got ${String(durationMs)}`);
  }
  const record = ctx.operations.submit({
    type,
    parameters: { training_id: trainingId },
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

function succeeded(type: string, trainingId: string, output: Record<string, unknown>): OperationResult {
  return { status: "SUCCESS", details: {}, log: [{ type: logType(type), success: true, input: { training_id: trainingId }, output }] };
}

function failed(type: string, trainingId: string, blocker: ArchiveBlocker): OperationResult {
  const { code, message, payload } = describeBlocker(trainingId, blocker);
  return failure(type, trainingId, { code, message, ...payload });
}

function failure(type: string, trainingId: string, output: Record<string, unknown>): OperationResult {
  return { status: "FAIL", details: {}, log: [{ type: logType(type), success: false, input: { training_id: trainingId }, output }] };
}

function gone(type: string, trainingId: string): OperationResult {
  return failure(type, trainingId, { code: "DOES_NOT_EXIST", message: `Training ${trainingId} no longer exists` });
}
