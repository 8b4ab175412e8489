/** PUT /trainings/{id}: the checks of a training body, with the limits of fullApi.yaml's TrainingFormV1. */
import { validationError } from "./ApiError";
import type { BodyCheck } from "./wholeObjectPut";
import { isPlainObject } from "./wholeObjectPut";

const MAX_PRIVATE_NAME = 200;
const MAX_INT64 = 2_147_483_647; // the reference's maximum for assignment_max_duration_seconds

type Check = (value: unknown) => string | undefined;

const isBool: Check = (v) => (typeof v === "boolean" ? undefined : "must be a boolean");
const isString: Check = (v) => (typeof v === "string" ? undefined : "must be a string");
const isInteger = (min: number, max: number): Check => (v) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : `must be an integer from ${min} to ${max}`;

/** Checks of the known fields other than private_name; unknown fields are stored as sent. */
export const TRAINING_FIELD_CHECKS: Readonly<Record<string, Check>> = {
  project_id: (v) => (typeof v === "string" && /^\d{1,18}$/.test(v) ? undefined : "must be a project id (digits)"),
  may_contain_adult_content: isBool,
  assignment_max_duration_seconds: isInteger(5, MAX_INT64),
  mix_tasks_in_creation_order: isBool,
  shuffle_tasks_in_task_suite: isBool,
  training_tasks_in_task_suite_count: isInteger(0, 500),
  task_suites_required_to_pass: isInteger(0, 500),
  retry_training_after_days: isInteger(1, MAX_INT64),
  inherited_instructions: isBool,
  public_instructions: isString,
  metadata: (v) =>
    isPlainObject(v) && Object.values(v).every((list) => Array.isArray(list) && list.every((s) => typeof s === "string"))
      ? undefined
      : "must be an object whose values are lists of strings",
};

export const checkTrainingBody: BodyCheck = (_ctx, body) => {
  const name = body.private_name;
  if (name === undefined || name === null) throw validationError("private_name", "VALUE_REQUIRED", "is required");
  if (typeof name !== "string" || name.trim() === "") {
    throw validationError("private_name", "INVALID_VALUE", "must be a non-empty string");
  }
  if (name.length > MAX_PRIVATE_NAME) {
    throw validationError("private_name", "INVALID_LENGTH", `must be at most ${MAX_PRIVATE_NAME} characters, got ${name.length}`);
  }
  if (body.project_id === undefined || body.project_id === null) {
    throw validationError("project_id", "VALUE_REQUIRED", "is required");
  }
  for (const [field, check] of Object.entries(TRAINING_FIELD_CHECKS)) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    const problem = check(value);
    if (problem) throw validationError(field, "INVALID_VALUE", `${problem}, got ${JSON.stringify(value)}`);
  }
};
