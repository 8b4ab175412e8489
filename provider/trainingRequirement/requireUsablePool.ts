import { isTolokaApiError } from "../toloka";
import type { Pool } from "../toloka/types";
import type { ProviderContext } from "../runtime/ProviderContext";
import { ProviderRefusalError } from "../runtime/ProviderRefusalError";

/** The pool to link, as Toloka holds it; a missing or ARCHIVED pool is refused, naming it. */
export async function requireUsablePool(ctx: ProviderContext, poolId: string): Promise<Pool> {
  let pool: Pool;
  try {
    pool = await ctx.client.getPool(poolId);
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      throw new ProviderRefusalError(
        `Pool ${poolId} does not exist behind ${ctx.endpoint}: nothing was changed. Check poolId, and that ` +
          "toloka:environment / toloka:baseUrl point at the account that owns the pool.",
        { code: "pool-missing", nothingChanged: true, poolId, cause: e },
      );
    }
    throw e;
  }
  if (pool.status === "ARCHIVED") {
    throw new ProviderRefusalError(
      `Pool ${poolId}${pool.private_name ? ` "${pool.private_name}"` : ""} is ARCHIVED, and Toloka does not change an archived pool: ` +
        "nothing was changed. Point poolId at a pool that is not archived, or remove this TrainingRequirement from the program.",
      { code: "pool-archived", nothingChanged: true, poolId, status: "ARCHIVED" },
    );
  }
  return pool;
}
