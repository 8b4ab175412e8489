/** The fetch of a contract run: every request passes the guard's tripwire first; 429 answers are kept for the 429 case. */
import nodeFetch from "node-fetch";
import type { FetchLike } from "../../provider/toloka/FetchLike";
import type { ContractGuard } from "./ContractGuard";

/** A 429 answer as it arrived. */
export interface Drawn429 {
  method: string;
  path: string;
  retryAfter: string | null;
  contentType: string | null;
  bodyText: string;
}

export function guardedFetch(guard: ContractGuard, drawn: Drawn429[], base: FetchLike = nodeFetch as unknown as FetchLike): FetchLike {
  return async (url, init) => {
    guard.checkRequest(init.method, url);
    const response = await base(url, init);
    if (response.status !== 429) return response;
    const bodyText = await response.text();
    drawn.push({
      method: init.method,
      path: new URL(url).pathname,
      retryAfter: response.headers.get("retry-after"),
      contentType: response.headers.get("content-type"),
      bodyText,
    });
    return { status: response.status, headers: response.headers, text: async () => bodyText };
  };
}
