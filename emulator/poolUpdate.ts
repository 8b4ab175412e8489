/** PUT /pools/{id}: the checks of a pool body (fullApi.yaml, schemas PoolViewV1 and TrainingRequirement). */
import { validationError } from "./ApiError";
import type { BodyCheck } from "./wholeObjectPut";
import { isPlainObject } from "./wholeObjectPut";

const REQUIREMENT = "quality_control.training_requirement";

export const checkPoolBody: BodyCheck = (ctx, body) => {
  const name = body.private_name;
  if (typeof name !== "string" || name.trim() === "") {
    throw validationError("private_name", name === undefined || name === null ? "VALUE_REQUIRED" : "INVALID_VALUE", "must be a non-empty string");
  }
  if (typeof body.project_id !== "string" || !/^\d{1,18}$/.test(body.project_id)) {
    throw validationError("project_id", "VALUE_REQUIRED", "must be a project id (digits)");
  }
  const duration = body.assignment_max_duration_seconds;
  if (duration !== undefined && duration !== null && !(Number.isInteger(duration) && (duration as number) >= 5)) {
    throw validationError("assignment_max_duration_seconds", "INVALID_VALUE", `must be an integer >= 5, got ${JSON.stringify(duration)}`);
  }
  const qc = body.quality_control;
  if (qc === undefined || qc === null) return;
  if (!isPlainObject(qc)) throw validationError("quality_control", "INVALID_TYPE", "must be an object");
  const requirement = qc.training_requirement;
  if (requirement === undefined || requirement === null) return;
  if (!isPlainObject(requirement)) throw validationError(REQUIREMENT, "INVALID_TYPE", "must be an object");
  const skill = requirement.training_passing_skill_value;
  if (!(Number.isInteger(skill) && (skill as number) >= 0 && (skill as number) <= 100)) {
    throw validationError(
      `${REQUIREMENT}.training_passing_skill_value`,
      skill === undefined || skill === null ? "VALUE_REQUIRED" : "INVALID_VALUE",
      `must be an integer from 0 to 100, got ${JSON.stringify(skill)}`,
    );
  }
  const trainingId = requirement.training_pool_id;
  const field = `${REQUIREMENT}.training_pool_id`;
  if (typeof trainingId !== "string" || !/^\d{1,18}$/.test(trainingId)) {
    throw validationError(field, trainingId === undefined || trainingId === null ? "VALUE_REQUIRED" : "INVALID_VALUE", "must be a training id (digits)");
  }
  const training = ctx.state.foreign.has(trainingId) ? undefined : ctx.state.trainings.get(trainingId);
  if (!training) throw validationError(field, "DOES_NOT_EXIST", `training ${trainingId} does not exist`);
  if (training.status === "ARCHIVED") throw validationError(field, "INVALID_VALUE", `training ${trainingId} is ARCHIVED`);
};
