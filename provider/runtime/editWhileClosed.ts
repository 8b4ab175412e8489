import { isDeepStrictEqual } from "util";
import { READ_ONLY_POOL_FIELDS, READ_ONLY_TRAINING_FIELDS } from "../toloka/types";
import { writableBody } from "../toloka/writableBody";
import { EDIT_TARGETS, type EditableKind, type EditableObjects, type EditTarget } from "./editTargets";
import type { ProviderContext } from "./ProviderContext";
import { ProviderRefusalError } from "./ProviderRefusalError";
import { runStatusAction } from "./runStatusAction";
import { objectIds, waitWhileLocked } from "./waitWhileLocked";

export interface EditOptions {
  /** The most any one wait may take: for a LOCKED object, for closing it, for opening it again. */
  operationTimeoutSeconds: number;
  /** Logged when something is to be sent. */
  logLine?: string;
}

const READ_ONLY: { readonly [K in EditableKind]: readonly string[] } = {
  training: READ_ONLY_TRAINING_FIELDS,
  pool: READ_ONLY_POOL_FIELDS,
};

/**
 * The one way the provider edits a training or a pool. Toloka edits only a closed one
 * (fullApi.yaml: PUT /pools/{id} "can't be edited if it's open"; /trainings/{id}/close-for-update
 * "close it before editing"), and a PUT carries every parameter. So: wait while LOCKED; when
 * OPEN, close it for update, PUT, open it again and await each step; when CLOSED, just PUT.
 * `edit` maps the object as Toloka holds it to the object wanted; nothing is sent when the two
 * agree. Returns the object as Toloka then holds it (OPEN again if it was OPEN).
 */
export async function editWhileClosed<K extends EditableKind>(
  ctx: ProviderContext,
  kind: K,
  actual: EditableObjects[K],
  edit: (current: EditableObjects[K]) => EditableObjects[K],
  options: EditOptions,
): Promise<EditableObjects[K]> {
  const target = EDIT_TARGETS[kind] as unknown as EditTarget<EditableObjects[K]>;
  const timeoutSeconds = options.operationTimeoutSeconds;
  let current = actual;
  if (current.status === "LOCKED") {
    current = await waitWhileLocked<K>(ctx, current, ctx.clock.now() + timeoutSeconds * 1000, kind);
  }
  const desired = edit(current);
  const unchanged = isDeepStrictEqual(writableBody(desired, READ_ONLY[kind]), writableBody(current, READ_ONLY[kind]));
  if (unchanged) return current;

  const id = current.id;
  if (current.status === "ARCHIVED") {
    throw new ProviderRefusalError(
      `Cannot edit ${kind} ${id}: it is ARCHIVED in Toloka, and an archived ${kind} cannot be changed. Nothing was changed. ` +
        "Run `pulumi refresh` to drop it from the state.",
      { code: "archived-not-editable", nothingChanged: true, objectKind: kind, ...objectIds(kind, id), status: "ARCHIVED" },
    );
  }
  if (options.logLine) ctx.log(options.logLine);
  if (current.status !== "OPEN") return target.put(ctx.client, desired);

  ctx.log(`${kind} ${id} is OPEN, and Toloka edits only a closed ${kind}: closing it for the update, then opening it again`);
  await runStatusAction(ctx, kind, id, "close-for-update", timeoutSeconds);
  try {
    await target.put(ctx.client, desired);
  } catch (e) {
    throw await reopenAfterFailedEdit(ctx, target, id, timeoutSeconds, e);
  }
  await runStatusAction(ctx, kind, id, "open", timeoutSeconds);
  const after = await target.get(ctx.client, id);
  ctx.log(`${kind} ${id} was briefly closed for the update, and is ${after.status} again`);
  return after;
}

/** A failed edit must not leave open work closed: open it again, and say whether that worked. */
async function reopenAfterFailedEdit<T>(
  ctx: ProviderContext,
  target: EditTarget<T>,
  id: string,
  timeoutSeconds: number,
  error: unknown,
): Promise<ProviderRefusalError> {
  const kind = target.label;
  const about = { objectKind: kind, ...objectIds(kind, id), cause: error };
  const reason = error instanceof Error ? ctx.redact(error.message) : String(error);
  try {
    await runStatusAction(ctx, kind, id, "open", timeoutSeconds);
    ctx.log(`${kind} ${id}: the edit failed, and the ${kind} is OPEN again, unchanged`);
    return new ProviderRefusalError(`Editing ${kind} ${id} failed while it was closed for the update; it is OPEN again, unchanged. ${reason}`, {
      code: "edit-failed-reopened",
      nothingChanged: true,
      ...about,
    });
  } catch (reopenError) {
    const why = reopenError instanceof Error ? ctx.redact(reopenError.message) : String(reopenError);
    return new ProviderRefusalError(
      `Editing ${kind} ${id} failed while it was closed for the update (${reason}), and opening it again failed too (${why}). ` +
        `It is CLOSED now: open it in Toloka, or run the command again.`,
      { code: "edit-failed-left-closed", nothingChanged: false, ...about },
    );
  }
}
