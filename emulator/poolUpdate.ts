/**
 * PUT /pools/{id}: the checks of a pool body (fullApi.yaml, schemas PoolFormV1, PoolViewV1,
 * Defaults, TrainingRequirement). PoolFormV1's required fields must be there, the ranges the
 * reference gives hold, and a pool stays in its project.
 */
import { validationError } from "./ApiError";
import type { BodyCheck } from "./wholeObjectPut";
import { isPlainObject } from "./wholeObjectPut";

const REQUIREMENT = "quality_control.training_requirement";

/** fullApi.yaml, schema PoolFormV1: `required`. */
export const REQUIRED_POOL_FIELDS = [
  "defaults",
  "private_name",
  "project_id",
  "reward_per_assignment",
  "will_expire",
  "assignment_max_duration_seconds",
] as const;

type Check = (value: unknown) => string | undefined;

const integer = (min: number, max: number): Check => (v) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : `must be an integer from ${min} to ${max}`;

/** fullApi.yaml, PoolFormV1 and Defaults: the ranges of the fields the reference bounds. */
const RANGES: Readonly<Record<string, Check>> = {
  assignment_max_duration_seconds: integer(5, 2_147_483_647),
  priority: integer(0, 100),
  auto_accept_period_day: integer(1, 21),
  auto_close_after_complete_delay_seconds: integer(0, 259_200),
  reward_per_assignment: (v) => (typeof v === "number" && v >= 0 ? undefined : "must be a number >= 0"),
  will_expire: (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) ? undefined : "must be a date-time, YYYY-MM-DDThh:mm:ss[.sss]"),
  metadata: (v) =>
    isPlainObject(v) && Object.values(v).every((list) => Array.isArray(list) && list.every((s) => typeof s === "string"))
      ? undefined
      : "must be an object whose values are lists of strings",
};

/** fullApi.yaml, schema Defaults: the overlaps are 1 to 30000. */
const DEFAULTS_RANGES: Readonly<Record<string, Check>> = {
  default_overlap_for_new_task_suites: integer(1, 30_000),
  default_overlap_for_new_tasks: integer(1, 30_000),
};

export const checkPoolBody: BodyCheck = (ctx, body, stored) => {
  for (const field of REQUIRED_POOL_FIELDS) {
    if (body[field] === undefined || body[field] === null) throw validationError(field, "VALUE_REQUIRED", "is required (fullApi.yaml, PoolFormV1)");
  }
  const name = body.private_name;
  if (typeof name !== "string" || name.trim() === "") throw validationError("private_name", "INVALID_VALUE", "must be a non-empty string");
  if (typeof body.project_id !== "string" || !/^\d{1,18}$/.test(body.project_id)) {
    throw validationError("project_id", "INVALID_VALUE", "must be a project id (digits)");
  }
  if (body.project_id !== stored.project_id) {
    throw validationError("project_id", "INVALID_VALUE", `a pool cannot move to another project: pool ${String(stored.id)} is in project ${String(stored.project_id)}`);
  }
  for (const [field, check] of Object.entries(RANGES)) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    const problem = check(value);
    if (problem) throw validationError(field, "VALUE_OUT_OF_RANGE", `${problem}, got ${JSON.stringify(value)}`);
  }
  const defaults = body.defaults;
  if (!isPlainObject(defaults)) throw validationError("defaults", "INVALID_TYPE", "must be an object");
  for (const [field, check] of Object.entries(DEFAULTS_RANGES)) {
    const value = defaults[field];
    if (value === undefined || value === null) continue;
    const problem = check(value);
    if (problem) throw validationError(`defaults.${field}`, "VALUE_OUT_OF_RANGE", `${problem}, got ${JSON.stringify(value)}`);
  }
  checkRequirement(ctx, body);
};

function checkRequirement(ctx: Parameters<BodyCheck>[0], body: Record<string, unknown>): void {
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
  if (training.project_id !== body.project_id) {
    throw validationError(field, "INVALID_VALUE", `training ${trainingId} is in project ${training.project_id}, not the pool's ${String(body.project_id)}`);
  }
}
