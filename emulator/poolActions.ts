/** POST /pools/{id}/open|close|close-for-update|archive: operations POOL.OPEN, POOL.CLOSE, POOL.ARCHIVE (fullApi.yaml). */
import { ApiError, inappropriateStatus } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { POOL_KIND } from "./objectKinds";
import { gone, submitOperation, succeeded } from "./submitOperation";
import { closeRoute, openRoute, refuseWhileRunning } from "./switchStatus";

const openPoolRoute = openRoute(POOL_KIND);

/**
 * fullApi.yaml, path /pools/{id}/open; 204 when already OPEN. A pool without tasks is refused
 * with 409 EMPTY_POOL and `payload: null` (toloka-kit, tests/pool/test_pool.py, empty_pool_error).
 */
export function openPool(ctx: EmulatorContext, req: ApiRequest): Answer {
  const pool = ctx.state.requirePool(req.match.id);
  if (pool.status !== "OPEN" && ctx.state.emptyPools.has(pool.id)) {
    throw new ApiError(409, "EMPTY_POOL", "Pool contains no tasks. Operation is not allowed");
  }
  return openPoolRoute(ctx, req);
}
export const closePool = closeRoute(POOL_KIND, "MANUAL");

/**
 * fullApi.yaml, path /pools/{id}/close-for-update: a POOL.CLOSE operation; a pool not opened
 * again by hand opens by itself after 15 minutes (`poolReopenAfterUpdateMs`).
 */
export const closePoolForUpdate = closeRoute(POOL_KIND, "FOR_UPDATE", (ctx, pool, at) => {
  const { id, last_stopped: stopped } = pool;
  ctx.timeline.schedule(
    at + ctx.options().poolReopenAfterUpdateMs,
    (when) => {
      const current = ctx.state.pools.get(id);
      // Only if nothing happened to it since: still closed by this close-for-update.
      if (current?.status !== "CLOSED" || current.last_close_reason !== "FOR_UPDATE" || current.last_stopped !== stopped) return;
      current.status = "OPEN";
      current.last_started = ctx.timestamp(when);
    },
    `pool-reopen:${id}`,
  );
});

/** fullApi.yaml, path /pools/{id}/archive: the pool must be CLOSED; 204 when already archived. */
export function archivePool(ctx: EmulatorContext, req: ApiRequest): Answer {
  const pool = ctx.state.requirePool(req.match.id);
  const id = pool.id;
  const input = { pool_id: id };
  if (pool.status === "ARCHIVED") return { status: 204 };
  refuseWhileRunning(ctx, POOL_KIND, id);
  if (pool.status !== "CLOSED") throw inappropriateStatus("Pool", id, pool.status, ["CLOSED"]);
  return submitOperation(ctx, req, "POOL.ARCHIVE", input, () => {
    const current = ctx.state.pools.get(id);
    if (!current) return gone("POOL.ARCHIVE", "Pool", input);
    current.status = "ARCHIVED";
    return succeeded("POOL.ARCHIVE", input, { status: "ARCHIVED" });
  });
}
