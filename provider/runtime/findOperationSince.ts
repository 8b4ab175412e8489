import { DATE_HEADER_MARGIN_MS } from "../toloka";
import type { Operation } from "../toloka/types";
import type { ProviderContext } from "./ProviderContext";

/**
 * The newest operation of `type` about training or pool `id` submitted since a request was first
 * sent (`sentAtServerMs`, server time, moved back by DATE_HEADER_MARGIN_MS), unless it failed:
 * the operation behind a lost answer, or behind the 409 a resent request meets.
 */
export async function findOperationSince(
  ctx: ProviderContext,
  type: string,
  id: string,
  sentAtServerMs: number,
): Promise<Operation | undefined> {
  const operations = await ctx.client.listRecentOperations(type, id, sentAtServerMs - DATE_HEADER_MARGIN_MS);
  return operations.filter((op) => op.status !== "FAIL").pop();
}
