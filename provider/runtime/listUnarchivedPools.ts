import type { TolokaClient } from "../toloka";
import type { Pool, PoolStatus } from "../toloka/types";

/**
 * The statuses a pool that blocks an archive can have. `GET /pools` filters by one `status`
 * per request (fullApi.yaml, path /pools, parameter `status`, a single string), so archived
 * pools, which a long-lived project piles up by the thousand, are never listed.
 */
export const UNARCHIVED_POOL_STATUSES: readonly PoolStatus[] = ["OPEN", "CLOSED", "LOCKED"];

/** Every pool of the project that is not ARCHIVED: one listing per status, sorted by id. */
export async function listUnarchivedPools(client: TolokaClient, projectId: string): Promise<Pool[]> {
  const lists = await Promise.all(UNARCHIVED_POOL_STATUSES.map((status) => client.listPools({ project_id: projectId, status })));
  return lists.flat().sort((a, b) => compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
