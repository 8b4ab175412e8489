import { TolokaApiError, type TolokaApiErrorDetails } from "./TolokaApiError";
import type { TolokaErrorOptions } from "./TolokaError";

/** Which Toloka quota a 429 names in `payload.interval`. */
export type QuotaInterval = "MIN" | "HOUR" | "DAY";

export function isQuotaInterval(value: unknown): value is QuotaInterval {
  return value === "MIN" || value === "HOUR" || value === "DAY";
}

const INTERVAL_WORDS: Record<QuotaInterval, { adjective: string; within: string }> = {
  MIN: { adjective: "per-minute", within: "within a minute" },
  HOUR: { adjective: "hourly", within: "within an hour" },
  DAY: { adjective: "daily", within: "within a day" },
};

function describeQuota(d: TolokaApiErrorDetails, interval: QuotaInterval, resetsAt: Date | undefined, limit: unknown): string {
  const words = INTERVAL_WORDS[interval];
  const limitText = typeof limit === "number" ? ` (limit ${limit})` : "";
  const when = resetsAt
    ? `It resets at ${resetsAt.toISOString()}.`
    : `Toloka did not say when it resets; it resets ${words.within}.`;
  const request = d.requestId ? `, request id ${d.requestId}` : "";
  const action = interval === "MIN"
    ? "Wait a minute and try again, or clone fewer training pools at a time."
    : "Run `pulumi up` again after the reset, or ask Toloka support for a higher quota.";
  return `Toloka's ${words.adjective} quota (${interval})${limitText} for this account is used up: ` +
    `${d.status} ${d.code ?? ""} to ${d.method} ${d.path}${request}. ${when} ${action}`.replace(/ {2,}/g, " ");
}

/** A 429 naming a quota (`payload.interval`). HOUR and DAY quotas are never retried. */
export class TolokaQuotaError extends TolokaApiError {
  override readonly name = "TolokaQuotaError" as const;
  readonly interval: QuotaInterval;
  /** When the quota frees up (from Retry-After), if Toloka said so. */
  readonly resetsAt: Date | undefined;

  constructor(
    details: TolokaApiErrorDetails & { interval: QuotaInterval; resetsAt?: Date },
    options: TolokaErrorOptions = {},
  ) {
    const limit = (details.payload as { limit?: unknown } | undefined)?.limit;
    super(details, { ...options, message: describeQuota(details, details.interval, details.resetsAt, limit) });
    this.interval = details.interval;
    this.resetsAt = details.resetsAt;
  }
}

export function isTolokaQuotaError(value: unknown): value is TolokaQuotaError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; interval?: unknown };
  return e.name === "TolokaQuotaError" && isQuotaInterval(e.interval);
}
