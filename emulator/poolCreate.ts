/**
 * POST /pools: enough for the contract suite to make a main pool that links to a clone
 * (fullApi.yaml, path /pools, schema PoolFormV1).
 */
import type { Pool } from "../provider/toloka/types";
import { ApiError, validationError } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";

/** fullApi.yaml, schema PoolFormV1: the fields a new pool must have. */
const REQUIRED = ["project_id", "private_name", "defaults", "reward_per_assignment", "will_expire", "assignment_max_duration_seconds"];

export function createPool(ctx: EmulatorContext, req: ApiRequest): Answer {
  const body = req.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validationError("body", "INVALID_TYPE", "must be a JSON object (PoolFormV1)");
  }
  const form = body as Record<string, unknown>;
  for (const field of REQUIRED) {
    if (form[field] === undefined || form[field] === null) throw validationError(field, "VALUE_REQUIRED", "is required");
  }
  const projectId = String(form.project_id);
  if (!ctx.state.projects.has(projectId)) throw new ApiError(404, "DOES_NOT_EXIST", `Project ${JSON.stringify(projectId)} does not exist`);
  if (!(Number.isInteger(form.assignment_max_duration_seconds) && (form.assignment_max_duration_seconds as number) >= 5)) {
    throw validationError("assignment_max_duration_seconds", "VALUE_OUT_OF_RANGE", "must be an integer >= 5");
  }
  const defaults = form.defaults as { default_overlap_for_new_task_suites?: unknown } | undefined;
  if (!(Number.isInteger(defaults?.default_overlap_for_new_task_suites) && (defaults?.default_overlap_for_new_task_suites as number) >= 1)) {
    throw validationError("defaults.default_overlap_for_new_task_suites", "VALUE_REQUIRED", "must be an integer >= 1");
  }
  const requirement = (form.quality_control as Pool["quality_control"] | undefined)?.training_requirement;
  if (requirement !== undefined) {
    const training = ctx.state.trainings.get(String(requirement.training_pool_id));
    if (!training || training.project_id !== projectId) {
      throw validationError("quality_control.training_requirement.training_pool_id", "INVALID_VALUE", "must be a training pool of the same project");
    }
    const skill = requirement.training_passing_skill_value;
    if (!(Number.isInteger(skill) && (skill as number) >= 0 && (skill as number) <= 100)) {
      throw validationError("quality_control.training_requirement.training_passing_skill_value", "VALUE_OUT_OF_RANGE", "must be an integer 0-100");
    }
  }
  const { id: _id, status: _status, ...fields } = form;
  // A new pool is CLOSED until opened, and holds no tasks: opening it is refused (EMPTY_POOL).
  const pool = ctx.state.addPool(
    { ...(fields as Partial<Pool>), project_id: projectId, status: "CLOSED", owner: { id: "emulator-owner", myself: true } },
    ctx.now(),
    { defaults: false },
  );
  ctx.state.emptyPools.add(pool.id);
  return { status: 201, body: pool };
}
