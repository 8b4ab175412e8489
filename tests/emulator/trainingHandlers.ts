/** GET /trainings/{id}, GET /trainings, PUT /trainings/{id}. */
import type { TrainingStatus } from "../../provider/toloka/types";
import { inappropriateStatus } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { pageByNumericId, parseEnum } from "./listQuery";
import { applyTrainingUpdate } from "./trainingUpdate";

export const TRAINING_STATUSES: readonly TrainingStatus[] = ["OPEN", "CLOSED", "ARCHIVED", "LOCKED"];
export const MAX_TRAININGS_PAGE = 300;

export function getTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  return { status: 200, body: ctx.state.requireTraining(req.match.id) };
}

export function listTrainings(ctx: EmulatorContext, req: ApiRequest): Answer {
  const status = parseEnum(req.query, "status", TRAINING_STATUSES);
  const projectId = req.query.get("project_id");
  // Another account's trainings are not listed.
  const visible = [...ctx.state.trainings.values()].filter(
    (t) =>
      !ctx.state.foreign.has(t.id) &&
      (projectId === null || t.project_id === projectId) &&
      (status === undefined || t.status === status),
  );
  return { status: 200, body: pageByNumericId(visible, req.query, MAX_TRAININGS_PAGE) };
}

export function updateTraining(ctx: EmulatorContext, req: ApiRequest): Answer {
  const stored = ctx.state.requireTraining(req.match.id);
  if (stored.status === "ARCHIVED" || stored.status === "LOCKED") {
    throw inappropriateStatus("Training", stored.id, stored.status, ["OPEN", "CLOSED"]);
  }
  const next = applyTrainingUpdate(stored, req.body);
  ctx.state.trainings.set(stored.id, next);
  return { status: 200, body: next };
}
