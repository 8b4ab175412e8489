/** GET /operations/{id}, GET /operations, GET /operations/{id}/log. */
import type { Operation, OperationStatus } from "../provider/toloka/types";
import { doesNotExist } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import type { OperationRecord } from "./OperationBook";
import { inRange, page, parseEnum, parseLimit, parseTimestamp } from "./listQuery";

const STATUSES: readonly OperationStatus[] = ["PENDING", "RUNNING", "SUCCESS", "FAIL"];
const SORTS = ["submitted", "-submitted", "id", "-id"] as const;

export function getOperation(ctx: EmulatorContext, req: ApiRequest): Answer {
  return { status: 200, body: ctx.operations.view(requireOperation(ctx, req.match.id), ctx.now()) };
}

/**
 * The reference documents logs only for task, task-suite and bonus batch operations (fullApi.yaml,
 * GET /operations/{id}/log), so by default training and pool operations show an empty log.
 */
export function getOperationLog(ctx: EmulatorContext, req: ApiRequest): Answer {
  const record = requireOperation(ctx, req.match.id);
  if (ctx.options().operationLogs === "empty" && !record.explicitLog) return { status: 200, body: [] };
  return { status: 200, body: ctx.operations.log(record) };
}

export function listOperations(ctx: EmulatorContext, req: ApiRequest): Answer {
  const q = req.query;
  const limit = parseLimit(q, ctx.options().maxOperationsPage);
  const sort = parseEnum(q, "sort", SORTS) ?? "submitted";
  const status = parseEnum(q, "status", STATUSES);
  const type = q.get("type");
  const submitted = {
    gt: parseTimestamp(q, "submitted_gt"),
    gte: parseTimestamp(q, "submitted_gte"),
    lt: parseTimestamp(q, "submitted_lt"),
    lte: parseTimestamp(q, "submitted_lte"),
  };
  const ids = { gt: q.get("id_gt") ?? undefined, lt: q.get("id_lt") ?? undefined };
  const now = ctx.now();
  const rows: { record: OperationRecord; view: Operation }[] = ctx.operations
    .all()
    .map((record) => ({ record, view: ctx.operations.view(record, now) }))
    .filter(
      ({ record, view }) =>
        (type === null || view.type === type) &&
        (status === undefined || view.status === status) &&
        // Timestamps are compared as shown (ms precision), like the server's own filter.
        inRange(record.submittedMs, submitted) &&
        inRange(record.id, ids),
    );
  const direction = sort.startsWith("-") ? -1 : 1;
  rows.sort((a, b) => {
    const byKey = sort.endsWith("id")
      ? a.record.id.localeCompare(b.record.id)
      : a.record.submittedMs - b.record.submittedMs || a.record.seq - b.record.seq;
    return byKey * direction;
  });
  return { status: 200, body: page(rows.map((r) => r.view), limit) };
}

function requireOperation(ctx: EmulatorContext, id: string | undefined): OperationRecord {
  const record = id !== undefined ? ctx.operations.get(id.toLowerCase()) : undefined;
  if (!record) throw doesNotExist("Operation", String(id));
  return record;
}
