import { isDeepStrictEqual } from "util";
import { isTolokaApiError } from "../toloka";
import { READ_ONLY_POOL_FIELDS, READ_ONLY_TRAINING_FIELDS } from "../toloka/types";
import { writableBody } from "../toloka/writableBody";
import { EDIT_TARGETS, type EditableKind, type EditableObjects, type EditTarget } from "./editTargets";
import { EditLeftClosedError } from "./EditLeftClosedError";
import type { ProviderContext } from "./ProviderContext";
import { ProviderRefusalError } from "./ProviderRefusalError";
import { closedForUpdateByProvider, withoutReopenMark, withReopenMark } from "./reopenMark";
import { runStatusAction } from "./runStatusAction";
import { objectIds, waitWhileLocked } from "./waitWhileLocked";

export interface EditOptions {
  /** The most any one wait may take: for a LOCKED object, for closing it, for opening it again. */
  operationTimeoutSeconds: number;
  /** Logged when something is to be sent. */
  logLine?: string;
  /** What the edit does, for messages once it landed: "it now requires training 42". */
  done?: string;
  /**
   * Leave the reopen mark (reopenMark.ts) in the PUT made while the object is closed for the
   * update, so that a later run opens it again if this one cannot. Default true; a delete that
   * gives a pool back passes false, so that nothing of the provider stays on the pool.
   */
  markForReopen?: boolean;
}

const READ_ONLY: { readonly [K in EditableKind]: readonly string[] } = {
  training: READ_ONLY_TRAINING_FIELDS,
  pool: READ_ONLY_POOL_FIELDS,
};

type Obj = EditableObjects[EditableKind];

/**
 * The one way the provider edits a training or a pool. Toloka edits only a closed one
 * (fullApi.yaml: PUT /pools/{id} "can't be edited if it's open"; /trainings/{id}/close-for-update
 * "close it before editing"), and a PUT carries every parameter. So: wait while LOCKED; a CLOSED
 * object gets the PUT alone and stays CLOSED; an OPEN one is closed for update, read again, the
 * edit is applied to THAT copy (a change made meanwhile, e.g. a PATCH of a pool's priority, is
 * kept), PUT, and opened again, each status checked after its action. It is opened again only if
 * this run closed it: a close-for-update that answers 204, or a close whose reason is not
 * FOR_UPDATE, means someone else stopped it, and it stays CLOSED. An object that an earlier run
 * closed for an update and could not open again (reopenMark.ts) is opened now.
 * `edit` maps the object as Toloka holds it to the object wanted; nothing is sent when the two
 * agree. Returns the object as Toloka then holds it.
 *
 * The window that remains: Toloka has no version check on PUT, so a change made between the
 * read after the close and the PUT (a PATCH of priority, an edit in Toloka's UI) is overwritten.
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
  const same = (a: Obj, b: Obj) => sameWritable(kind, a, b);
  let current = actual;
  if (current.status === "LOCKED") {
    current = await waitWhileLocked<K>(ctx, current, ctx.clock.now() + timeoutSeconds * 1000, kind);
  }
  const id = current.id;
  const ours = closedForUpdateByProvider(current);
  const desired = edit(current);
  const unchanged = same(desired, current);
  if (unchanged && !ours) return current;
  if (current.status === "ARCHIVED") {
    throw new ProviderRefusalError(
      `Cannot edit ${kind} ${id}: it is ARCHIVED in Toloka, and an archived ${kind} cannot be changed. Nothing was changed. ` +
        "Run `pulumi refresh` to drop it from the state.",
      { code: "archived-not-editable", nothingChanged: true, objectKind: kind, ...objectIds(kind, id), status: "ARCHIVED" },
    );
  }
  const session = new EditSession(ctx, target, id, timeoutSeconds, options);
  if (ours) {
    ctx.log(`${kind} ${id} is CLOSED: this provider closed it for an update and could not open it again; ${unchanged ? "opening it" : "finishing the edit, then opening it"}`);
    session.marked = unchanged || options.markForReopen !== false;
    if (unchanged) return session.reopen();
    if (options.logLine) ctx.log(options.logLine);
    return session.putThenReopen(current, options.markForReopen === false ? withoutReopenMark(desired) : desired);
  }
  if (options.logLine) ctx.log(options.logLine);
  if (current.status !== "OPEN") return target.put(ctx.client, withoutReopenMark(desired));

  ctx.log(`${kind} ${id} is OPEN, and Toloka edits only a closed ${kind}: closing it for the update, then opening it again`);
  const closing = await runStatusAction(ctx, kind, id, "close-for-update", timeoutSeconds);
  const fresh = await target.get(ctx.client, id);
  if (fresh.status !== "CLOSED") {
    throw new Error(
      `${capital(kind)} ${id} is ${fresh.status} after the provider closed it for the update: someone changed its status meanwhile. ` +
        "Nothing was changed. Run the command again.",
    );
  }
  const desiredNow = edit(fresh);
  if (closing.already || fresh.last_close_reason !== "FOR_UPDATE") {
    ctx.log(
      `${kind} ${id} was closed by someone else (last_close_reason ${fresh.last_close_reason ?? "unknown"}) before the provider could close it: ` +
        "it is edited and left CLOSED",
    );
    return same(desiredNow, fresh) ? fresh : target.put(ctx.client, withoutReopenMark(desiredNow));
  }
  if (same(desiredNow, fresh)) return session.reopen();
  const stopped = fresh.last_stopped;
  session.marked = options.markForReopen !== false && typeof stopped === "string" && stopped !== "";
  return session.putThenReopen(fresh, session.marked ? withReopenMark(desiredNow, stopped as string) : withoutReopenMark(desiredNow));
}

/** One object closed for an update by this provider: PUT it, open it again, and say truthfully what happened. */
class EditSession<T extends Obj> {
  /** Whether the object carries (or, once the PUT lands, will carry) the reopen mark of this close. */
  marked = false;
  private readonly kind: EditableKind;

  constructor(
    private readonly ctx: ProviderContext,
    private readonly target: EditTarget<T>,
    private readonly id: string,
    private readonly timeoutSeconds: number,
    private readonly options: EditOptions,
  ) {
    this.kind = target.label;
  }

  async putThenReopen(before: T, body: T): Promise<T> {
    try {
      await this.target.put(this.ctx.client, body);
    } catch (e) {
      return this.reopenAfterFailedPut(before, body, e);
    }
    return this.reopen(body);
  }

  /** Opens the object and checks it is OPEN; `edited` when this run's PUT landed. */
  async reopen(edited?: T): Promise<T> {
    const { ctx, kind, id } = this;
    try {
      await runStatusAction(ctx, kind, id, "open", this.timeoutSeconds);
    } catch (e) {
      throw this.openFailed(e, edited);
    }
    const after = await this.target.get(ctx.client, id);
    if (after.status !== "OPEN") {
      throw new EditLeftClosedError(
        `${capital(kind)} ${id} is ${after.status}${after.last_close_reason ? ` (last_close_reason ${after.last_close_reason})` : ""} ` +
          `after the provider opened it again: someone closed it meanwhile. ${this.inPlace()}` +
          `Open it in Toloka if it should run, then run the command again.`,
        this.about(),
      );
    }
    ctx.log(`${kind} ${id} was briefly closed for the update, and is ${after.status} again`);
    return after;
  }

  /** A failed PUT must not leave open work closed: open it again, and say what Toloka holds then. */
  private async reopenAfterFailedPut(before: T, body: T, error: unknown): Promise<T> {
    const { ctx, kind, id } = this;
    const reason = error instanceof Error ? ctx.redact(error.message) : String(error);
    try {
      await runStatusAction(ctx, kind, id, "open", this.timeoutSeconds);
    } catch (reopenError) {
      const why = reopenError instanceof Error ? ctx.redact(reopenError.message) : String(reopenError);
      // Whether the PUT landed (and with it the mark) is not known: Toloka says.
      const now = await this.target.get(ctx.client, id).catch(() => undefined);
      this.marked = now !== undefined && closedForUpdateByProvider(now);
      throw new EditLeftClosedError(
        `Editing ${kind} ${id} failed while it was closed for the update (${reason}), and opening it again failed too (${why}). ` +
          `It is CLOSED now: ${this.nextStep()}`,
        { cause: error, ...this.about() },
      );
    }
    const after = await this.target.get(ctx.client, id);
    const landed = sameWritable(kind, after, body);
    if (after.status === "OPEN" && landed) {
      ctx.log(`${kind} ${id}: the PUT's answer was lost, but the edit landed; the ${kind} is OPEN again`);
      return after;
    }
    const state = after.status === "OPEN" ? "it is OPEN again" : `it is ${after.status} after the provider opened it again`;
    const Failure = (message: string, fields: { cause: unknown; unchanged?: boolean }) =>
      after.status === "OPEN"
        ? new ProviderRefusalError(message, { code: "edit-failed-reopened", nothingChanged: fields.unchanged === true, objectKind: kind, ...objectIds(kind, id), cause: fields.cause })
        : new EditLeftClosedError(message, { cause: fields.cause, ...this.about() });
    if (sameWritable(kind, after, before)) {
      ctx.log(`${kind} ${id}: the edit failed, and ${state}, unchanged`);
      throw Failure(`Editing ${kind} ${id} failed while it was closed for the update; ${state}, unchanged. ${reason}`, { cause: error, unchanged: true });
    }
    throw Failure(
      `Editing ${kind} ${id} failed while it was closed for the update; ${state}, but it differs both from before the edit and from the edit ` +
        `(someone changed it meanwhile): check it in Toloka, then run the command again. ${reason}`,
      { cause: error },
    );
  }

  private openFailed(error: unknown, edited: T | undefined): Error {
    const { ctx, kind, id } = this;
    const why = error instanceof Error ? ctx.redact(error.message) : String(error);
    const edit = edited ? `is edited${this.options.done ? ` (${this.options.done})` : ""}, but` : "is as wanted, but";
    if (isTolokaApiError(error) && error.status === 409 && error.code === "EMPTY_POOL") {
      return new EditLeftClosedError(
        `Toloka refuses to open ${kind} ${id}: it holds no tasks (409 EMPTY_POOL). The ${kind} ${edit} it stays CLOSED: ` +
          `upload tasks to it and open it in Toloka${kind === "pool" ? " (Toloka opens a pool closed for update by itself 15 minutes after the close, without that check)" : ""}.`,
        { cause: error, ...this.about() },
      );
    }
    return new EditLeftClosedError(`${capital(kind)} ${id} ${edit} opening it again failed: ${why} It is CLOSED now: ${this.nextStep()}`, {
      cause: error,
      ...this.about(),
    });
  }

  /** The object, as a refusal names it. */
  private about(): { objectKind: EditableKind } & ({ trainingId: string } | { poolId: string }) {
    return { objectKind: this.kind, ...objectIds(this.kind, this.id) };
  }

  /** What to do about an object this run closed and could not open. */
  private nextStep(): string {
    const selfReopen = this.kind === "pool" ? " Toloka also opens a pool closed for update by itself 15 minutes after the close." : "";
    return this.marked
      ? `the next \`pulumi up\` opens it again (it carries this provider's mark of the close), or open it in Toloka.${selfReopen}`
      : `open it in Toloka.${selfReopen}`;
  }

  private inPlace(): string {
    return this.options.done ? `The edit is in place: ${this.options.done}. ` : "The edit is in place. ";
  }
}

/** The same writable fields, the reopen mark aside. */
function sameWritable(kind: EditableKind, a: Obj, b: Obj): boolean {
  return isDeepStrictEqual(
    writableBody(withoutReopenMark(a), READ_ONLY[kind]),
    writableBody(withoutReopenMark(b), READ_ONLY[kind]),
  );
}

function capital(kind: EditableKind): string {
  return kind === "pool" ? "Pool" : "Training";
}
