import { isTolokaApiError } from "./TolokaApiError";
import { isTolokaNetworkError } from "./TolokaNetworkError";
import { isTolokaQuotaError } from "./TolokaQuotaError";

/**
 * `idempotent`: GET, PUT and the open/close/archive POSTs: resending cannot do harm.
 * `once`: the clone POST: resent only after a clear refusal, never when it may have happened.
 */
export type RequestKind = "idempotent" | "once";

/** Transient statuses: retried on idempotent requests. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
/**
 * Statuses that refuse a request without carrying it out: a `once` request may be resent. Not
 * 503: a gateway can answer 503 after the backend accepted the request, so a 503 to a clone is
 * an unknown outcome, like 500/502/504, and the clone is looked for before it is sent again.
 */
export const REFUSAL_STATUSES: readonly number[] = [429];

/** Toloka's request-rate limit counts requests per second: a plain 429 is not worth resending sooner. */
export const RATE_LIMIT_WINDOW_MS = 1_000;

export type RetryDecision =
  /**
   * Send again after `waitMs` (exact, e.g. Retry-After) or after a jittered backoff of at least
   * `minWaitMs`.
   */
  | { retry: true; reason: string; waitMs?: number; minWaitMs?: number }
  /** Give up: `fail` throws the error; `unknown` means the request may have been carried out. */
  | { retry: false; outcome: "fail" | "unknown" };

export interface RetryContext {
  kind: RequestKind;
  /** The failed answer's Retry-After, parsed; undefined when absent. */
  retryAfterMs?: number;
  /** Retry-After and quota waits are clamped to this. */
  maxRetryAfterMs: number;
  /** How long to wait out a MIN quota when Toloka gives no Retry-After. */
  minuteQuotaWaitMs: number;
}

function exactOrBackoff(reason: string, ctx: RetryContext, status: number): RetryDecision {
  if (ctx.retryAfterMs === undefined) {
    return status === 429 ? { retry: true, reason, minWaitMs: RATE_LIMIT_WINDOW_MS } : { retry: true, reason };
  }
  return {
    retry: true,
    reason: `${reason}; Retry-After ${ctx.retryAfterMs} ms`,
    waitMs: Math.min(ctx.retryAfterMs, ctx.maxRetryAfterMs),
  };
}

/**
 * Decides what a failed attempt leads to. Pure: the transport owns counting, deadlines and
 * sleeping. Rules: network errors and 408/429/500/502/503/504 are retried on idempotent
 * requests; a MIN quota 429 waits the minute out (Retry-After, else `minuteQuotaWaitMs`);
 * HOUR and DAY quotas fail at once; 400/401/403/404/409 and every other status fail at once.
 * A `once` request is resent only after a refusal (429) or when it provably never left;
 * a timeout, a connection lost after sending, 408 or any 5xx (503 included), or an unreadable
 * 2xx are `unknown`.
 */
export function decideRetry(error: unknown, ctx: RetryContext): RetryDecision {
  if (isTolokaQuotaError(error)) {
    if (error.interval !== "MIN") return { retry: false, outcome: "fail" };
    const waitMs = Math.min(ctx.retryAfterMs ?? ctx.minuteQuotaWaitMs, ctx.maxRetryAfterMs);
    return { retry: true, reason: "the per-minute quota (MIN) is used up; waiting for the minute to pass", waitMs };
  }
  if (isTolokaApiError(error)) {
    const status = error.status;
    const label = `${status}${error.code ? ` ${error.code}` : ""}`;
    if (ctx.kind === "idempotent") {
      return RETRYABLE_STATUSES.includes(status)
        ? exactOrBackoff(`Toloka answered ${label}`, ctx, status)
        : { retry: false, outcome: "fail" };
    }
    if (REFUSAL_STATUSES.includes(status)) return exactOrBackoff(`Toloka refused with ${label}`, ctx, status);
    if (status === 408 || status >= 500 || (status >= 200 && status < 300)) return { retry: false, outcome: "unknown" };
    return { retry: false, outcome: "fail" };
  }
  if (isTolokaNetworkError(error)) {
    const what = error.timedOut ? "no answer in time" : `network error${error.code ? ` ${error.code}` : ""}`;
    if (ctx.kind === "idempotent") return { retry: true, reason: what };
    return error.requestSent
      ? { retry: false, outcome: "unknown" }
      : { retry: true, reason: `${what} before the request was sent` };
  }
  return { retry: false, outcome: "fail" };
}
