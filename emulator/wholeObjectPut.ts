/**
 * PUT /trainings/{id} and PUT /pools/{id}: the body replaces the object. What the body leaves
 * out is reset (fullApi.yaml: "specify all the parameters"), read-only fields stay as stored, and
 * an OPEN object is refused (fullApi.yaml: PUT /pools/{id} "can't be edited if it's open";
 * /trainings/{id}/close-for-update "close it before editing").
 */
import { inappropriateStatus, validationError } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import type { ObjectKind } from "./objectKinds";

/** Checks a body (a plain object) against the object as stored; throws a 400 naming the field. */
export type BodyCheck = (ctx: EmulatorContext, body: Record<string, unknown>, stored: Record<string, unknown>) => void;

export function putWholeObject<T extends { id: string; status: string }>(
  ctx: EmulatorContext,
  req: ApiRequest,
  kind: ObjectKind<T>,
  check: BodyCheck,
): Answer {
  const stored = kind.require(ctx.state, req.match.id);
  const editable = ctx.options().putOnOpen === "accept" ? ["OPEN", "CLOSED"] : ["CLOSED"];
  if (!editable.includes(stored.status)) throw inappropriateStatus(kind.label, stored.id, stored.status, editable);
  const body = req.body;
  if (!isPlainObject(body)) {
    throw validationError("body", "INVALID_TYPE", `must be a JSON object (the whole ${kind.label.toLowerCase()})`);
  }
  check(ctx, body, stored as unknown as Record<string, unknown>);
  const next = replaceWholeObject(stored, body, kind.readOnlyFields);
  kind.store(ctx.state, next);
  return { status: 200, body: next };
}

/** The body's fields (nulls dropped), with the read-only fields as stored; `id` leads, as in Toloka's answers. */
export function replaceWholeObject<T extends { id: string }>(stored: T, body: Record<string, unknown>, readOnly: readonly string[]): T {
  const next: Record<string, unknown> = { id: stored.id };
  for (const [field, value] of Object.entries(body)) {
    if (value !== null && value !== undefined && !readOnly.includes(field)) next[field] = structuredClone(value);
  }
  for (const field of readOnly) {
    const value = (stored as Record<string, unknown>)[field];
    if (value !== undefined) next[field] = value;
  }
  return next as T;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
