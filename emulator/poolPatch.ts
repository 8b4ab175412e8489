/**
 * PATCH /pools/{id} (fullApi.yaml, path /pools/{id} `patch`, schema PoolPatchFormV1): changes
 * `priority` (0 to 100) without stopping the pool, which must be OPEN or CLOSED; an ARCHIVED pool
 * answers 409 with an empty body, as the reference says. Answers the pool.
 */
import { inappropriateStatus, validationError } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { isPlainObject } from "./wholeObjectPut";

export function patchPool(ctx: EmulatorContext, req: ApiRequest): Answer {
  const pool = ctx.state.requirePool(req.match.id);
  if (pool.status === "ARCHIVED") return { status: 409 };
  if (pool.status !== "OPEN" && pool.status !== "CLOSED") throw inappropriateStatus("Pool", pool.id, pool.status, ["OPEN", "CLOSED"]);
  const body = req.body;
  if (!isPlainObject(body)) throw validationError("body", "INVALID_TYPE", "must be a JSON object (PoolPatchFormV1)");
  const unknown = Object.keys(body).filter((key) => key !== "priority");
  if (unknown.length > 0) throw validationError(unknown[0], "UNKNOWN_FIELD", "PATCH /pools/{id} changes priority only");
  const priority = body.priority;
  if (priority === undefined || priority === null) throw validationError("priority", "VALUE_REQUIRED", "is required");
  if (!(Number.isInteger(priority) && (priority as number) >= 0 && (priority as number) <= 100)) {
    throw validationError("priority", "VALUE_OUT_OF_RANGE", `must be an integer from 0 to 100, got ${JSON.stringify(priority)}`);
  }
  pool.priority = priority;
  return { status: 200, body: pool };
}

