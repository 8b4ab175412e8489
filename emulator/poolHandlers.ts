/** GET /pools/{id}, GET /pools (filtered by project and one status), PUT /pools/{id}. */
import type { PoolStatus } from "../provider/toloka/types";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { pageByNumericId, parseEnum } from "./listQuery";
import { POOL_KIND } from "./objectKinds";
import { checkPoolBody } from "./poolUpdate";
import { putWholeObject } from "./wholeObjectPut";

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

export function updatePool(ctx: EmulatorContext, req: ApiRequest): Answer {
  return putWholeObject(ctx, req, POOL_KIND, checkPoolBody);
}
