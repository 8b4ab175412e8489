/** GET /pools/{id}, GET /pools: read-only, enough to check which main pools use a training. */
import type { PoolStatus } from "../../provider/toloka/types";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { pageByNumericId, parseEnum } from "./listQuery";

export const MAX_POOLS_PAGE = 300;
const STATUSES: readonly PoolStatus[] = ["OPEN", "CLOSED", "ARCHIVED", "LOCKED"];

export function getPool(ctx: EmulatorContext, req: ApiRequest): Answer {
  return { status: 200, body: ctx.state.requirePool(req.match.id) };
}

export function listPools(ctx: EmulatorContext, req: ApiRequest): Answer {
  const status = parseEnum(req.query, "status", STATUSES);
  const projectId = req.query.get("project_id");
  const selected = [...ctx.state.pools.values()].filter(
    (p) => (projectId === null || p.project_id === projectId) && (status === undefined || p.status === status),
  );
  return { status: 200, body: pageByNumericId(selected, req.query, MAX_POOLS_PAGE) };
}
