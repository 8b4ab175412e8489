/** POST .../open, /close, /close-for-update of a training or a pool: one status change as an operation. */
import { ApiError, inappropriateStatus } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import type { ObjectKind } from "./objectKinds";
import { failure, gone, submitOperation, succeeded } from "./submitOperation";

export interface StatusSwitch<T> {
  /** The operation type's suffix: OPEN or CLOSE (close-for-update is a CLOSE too). */
  action: "OPEN" | "CLOSE";
  from: string;
  to: string;
  /** Sets the timestamps and close reason when the switch lands. */
  stamp: (object: T, at: number) => void;
}

/** 204 when already `to`; 409 unless `from`; else an operation that switches it when it finishes. */
export function switchStatus<T extends { id: string; status: string }>(
  ctx: EmulatorContext,
  req: ApiRequest,
  kind: ObjectKind<T>,
  change: StatusSwitch<T>,
): Answer {
  const object = kind.require(ctx.state, req.match.id);
  const id = object.id;
  const { from, to } = change;
  const type = `${kind.operationPrefix}.${change.action}`;
  const input = { [kind.idParameter]: id };
  if (object.status === to) return { status: 204 };
  refuseWhileRunning(ctx, kind, id);
  if (object.status !== from) throw inappropriateStatus(kind.label, id, object.status, [from]);
  return submitOperation(ctx, req, type, input, (at) => {
    const current = kind.find(ctx.state, id);
    if (!current) return gone(type, kind.label, input);
    if (current.status === to) return succeeded(type, input, { status: to });
    if (current.status !== from) {
      return failure(type, input, {
        code: "INAPPROPRIATE_STATUS",
        message: `${kind.label} ${id} became ${current.status} before the operation ran; it needs ${from}`,
        appropriate_statuses: [from],
        current_status: current.status,
      });
    }
    current.status = to;
    change.stamp(current, at);
    return succeeded(type, input, { status: to });
  });
}

/** The fields an open or a close stamps; trainings and pools share them (fullApi.yaml, TrainingViewV1, PoolViewV1). */
type Switchable = { id: string; status: string; last_started?: unknown; last_stopped?: unknown; last_close_reason?: unknown };

type Route = (ctx: EmulatorContext, req: ApiRequest) => Answer;

/** POST .../open: CLOSED to OPEN, stamping `last_started`. */
export function openRoute<T extends Switchable>(kind: ObjectKind<T>): Route {
  return (ctx, req) =>
    switchStatus(ctx, req, kind, {
      action: "OPEN",
      from: "CLOSED",
      to: "OPEN",
      stamp: (object, at) => {
        object.last_started = ctx.timestamp(at);
      },
    });
}

/**
 * POST .../close (reason MANUAL) or .../close-for-update (FOR_UPDATE): OPEN to CLOSED, stamping
 * `last_stopped` and `last_close_reason`; `landed` runs after the switch (a pool's reopening).
 */
export function closeRoute<T extends Switchable>(
  kind: ObjectKind<T>,
  reason: "MANUAL" | "FOR_UPDATE",
  landed?: (ctx: EmulatorContext, object: T, at: number) => void,
): Route {
  return (ctx, req) =>
    switchStatus(ctx, req, kind, {
      action: "CLOSE",
      from: "OPEN",
      to: "CLOSED",
      stamp: (object, at) => {
        object.last_stopped = ctx.timestamp(at);
        object.last_close_reason = reason;
        landed?.(ctx, object, at);
      },
    });
}

/**
 * 409 while an open, close or archive of the same object is still running: what a resent
 * request meets when its first copy was carried out but the answer was lost (issue 10, rule 5;
 * the reference does not document the answer). Clones of a training do not count.
 */
export function refuseWhileRunning<T extends { id: string; status: string }>(ctx: EmulatorContext, kind: ObjectKind<T>, id: string): void {
  const statusTypes = ["OPEN", "CLOSE", "ARCHIVE"].map((action) => `${kind.operationPrefix}.${action}`);
  const running = ctx.operations
    .all()
    .find((r) => statusTypes.includes(r.type) && r.parameters[kind.idParameter] === id && r.result === undefined);
  if (!running) return;
  throw new ApiError(409, "CONFLICT_STATE", `${kind.label} ${id} has operation ${running.id} (${running.type}) in progress; try again when it ends`, {
    current_status: kind.find(ctx.state, id)?.status,
  });
}
