/** PUT /trainings/{id}: validation and the whole-object replace of writable fields. */
import { WRITABLE_TRAINING_FIELDS, type Training } from "../../provider/toloka/types";
import { validationError } from "./ApiError";

const MAX_PRIVATE_NAME = 200;

type Check = (value: unknown) => string | undefined;

const isBool: Check = (v) => (typeof v === "boolean" ? undefined : "must be a boolean");
const isCount: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : "must be an integer >= 0");
const isString: Check = (v) => (typeof v === "string" ? undefined : "must be a string");

/** Checks for the writable fields other than private_name (which has its own rule). */
const CHECKS: Record<string, Check> = {
  project_id: (v) => (typeof v === "string" && /^\d{1,18}$/.test(v) ? undefined : "must be a project id (digits)"),
  may_contain_adult_content: isBool,
  assignment_max_duration_seconds: isCount,
  mix_tasks_in_creation_order: isBool,
  shuffle_tasks_in_task_suite: isBool,
  training_tasks_in_task_suite_count: isCount,
  task_suites_required_to_pass: isCount,
  retry_training_after_days: isCount,
  inherited_instructions: isBool,
  public_instructions: isString,
  metadata: (v) =>
    isPlainObject(v) && Object.values(v).every((list) => Array.isArray(list) && list.every((s) => typeof s === "string"))
      ? undefined
      : "must be an object whose values are lists of strings",
  owner: (v) => (isPlainObject(v) ? undefined : "must be an object"),
};

/**
 * The training after a PUT: writable fields come from the body (absent ones are cleared, as a whole-object
 * PUT does), read-only fields stay as stored whatever the body says.
 */
export function applyTrainingUpdate(stored: Training, body: unknown): Training {
  if (!isPlainObject(body)) throw validationError("body", "INVALID_TYPE", "must be a JSON object (the whole training)");
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
  const next: Training = { id: stored.id, project_id: stored.project_id, status: stored.status };
  for (const [field, value] of Object.entries(stored)) {
    if (!(WRITABLE_TRAINING_FIELDS as readonly string[]).includes(field)) next[field] = value;
  }
  for (const field of WRITABLE_TRAINING_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    const problem = CHECKS[field]?.(value);
    if (problem) throw validationError(field, "INVALID_VALUE", `${problem}, got ${JSON.stringify(value)}`);
    (next as Record<string, unknown>)[field] = structuredClone(value);
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
