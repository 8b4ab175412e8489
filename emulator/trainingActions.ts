/** POST /trainings/{id}/open|close|close-for-update|archive|clone: each starts an operation whose effect lands when it succeeds. */
import { READ_ONLY_TRAINING_FIELDS, type Training } from "../provider/toloka/types";
import { ApiError, inappropriateStatus } from "./ApiError";
import { archiveBlocker, describeBlocker, type ArchiveBlocker } from "./archivePreconditions";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { TRAINING_KIND } from "./objectKinds";
import type { OperationResult } from "./OperationBook";
import { failure, gone, submitOperation, succeeded } from "./submitOperation";
import { closeRoute, openRoute, refuseWhileRunning } from "./switchStatus";

export const openTraining = openRoute(TRAINING_KIND);
export const closeTraining = closeRoute(TRAINING_KIND, "MANUAL");
/** fullApi.yaml, path /trainings/{id}/close-for-update: answered with a TRAINING.CLOSE operation. */
export const closeTrainingForUpdate = closeRoute(TRAINING_KIND, "FOR_UPDATE");

export function archiveTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  const training = ctx.state.requireTraining(req.match.id);
  const id = training.id;
  const input = { training_id: id };
  if (training.status === "ARCHIVED") return { status: 204 };
  refuseWhileRunning(ctx, TRAINING_KIND, id);
  if (training.status === "LOCKED") throw inappropriateStatus("Training", id, training.status, ["CLOSED"]);
  const blocker = archiveBlocker(training, ctx.state.pools.values());
  if (blocker && ctx.options().archiveConflict === "409") {
    const { code, message, payload } = describeBlocker(id, blocker);
    throw new ApiError(409, code, message, payload);
  }
  return submitOperation(ctx, req, "TRAINING.ARCHIVE", input, () => {
    // Accepted despite a broken rule ("operation-fail" mode): it fails for that rule.
    if (blocker) return failed("TRAINING.ARCHIVE", id, blocker);
    const current = ctx.state.trainings.get(id);
    if (!current) return gone("TRAINING.ARCHIVE", "Training", input);
    if (current.status === "ARCHIVED") return succeeded("TRAINING.ARCHIVE", input, { status: "ARCHIVED" });
    // Re-checked at completion: a pool re-opened meanwhile fails the accepted archive.
    const late = archiveBlocker(current, ctx.state.pools.values());
    if (late) return failed("TRAINING.ARCHIVE", id, late);
    current.status = "ARCHIVED";
    return succeeded("TRAINING.ARCHIVE", input, { status: "ARCHIVED" });
  });
}

export function cloneTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  const source = ctx.state.requireTraining(req.match.id);
  const id = source.id;
  const input = { training_id: id };
  // A guess: the docs do not say whether an ARCHIVED training can be cloned; we refuse it like a LOCKED one.
  if (source.status === "ARCHIVED" || source.status === "LOCKED") {
    throw inappropriateStatus("Training", id, source.status, ["OPEN", "CLOSED"]);
  }
  const now = ctx.now();
  ctx.cloneQuota.check(now);
  ctx.cloneQuota.record(now);
  return submitOperation(ctx, req, "TRAINING.CLONE", input, (at) => {
    const current = ctx.state.trainings.get(id);
    if (!current) return gone("TRAINING.CLONE", "Training", input);
    const copy = structuredClone(current) as Training;
    for (const field of READ_ONLY_TRAINING_FIELDS) delete copy[field];
    const clone: Training = {
      ...copy,
      id: ctx.state.newTrainingId(),
      owner: structuredClone(current.owner),
      status: "CLOSED",
      created: ctx.timestamp(at),
    };
    ctx.state.trainings.set(clone.id, clone);
    const result = succeeded("TRAINING.CLONE", input, { training_id: clone.id });
    return { ...result, details: { training_id: clone.id } };
  });
}

function failed(type: string, trainingId: string, blocker: ArchiveBlocker): OperationResult {
  const { code, message, payload } = describeBlocker(trainingId, blocker);
  return failure(type, { training_id: trainingId }, { code, message, ...payload });
}
