/** GET /trainings/{id}, GET /trainings, PUT /trainings/{id}. */
import type { TrainingStatus } from "../provider/toloka/types";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { pageByNumericId, parseEnum } from "./listQuery";
import { TRAINING_KIND } from "./objectKinds";
import { checkTrainingBody } from "./trainingUpdate";
import { putWholeObject } from "./wholeObjectPut";

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
  return putWholeObject(ctx, req, TRAINING_KIND, checkTrainingBody);
}
