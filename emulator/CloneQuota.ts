/** Toloka's clone quota: accepted clones counted in a minute and a day sliding window. */
import { ApiError } from "./ApiError";
import type { CloneQuotaOptions } from "./EmulatorOptions";
import { SlidingWindow } from "./SlidingWindow";

export class CloneQuota {
  private readonly minute: SlidingWindow;
  private readonly day: SlidingWindow;

  constructor(private readonly options: () => CloneQuotaOptions) {
    const o = options();
    this.minute = new SlidingWindow(o.minuteWindowMs);
    this.day = new SlidingWindow(o.dayWindowMs);
  }

  /** Throws the 429 a clone gets now, if any; refused clones are not counted. */
  check(now: number): void {
    const o = this.options();
    this.minute.setWindowMs(o.minuteWindowMs);
    this.day.setWindowMs(o.dayWindowMs);
    // The day quota first: when both are spent, the longer wait is the true one.
    const blocked: [SlidingWindow, "DAY" | "MIN", number][] = [
      [this.day, "DAY", o.perDay],
      [this.minute, "MIN", o.perMinute],
    ];
    for (const [window, interval, limit] of blocked) {
      if (window.count(now) < limit) continue;
      const headers: Record<string, string> = {};
      if (o.retryAfter) {
        headers["Retry-After"] = String(Math.max(1, Math.ceil(window.msUntilBelow(limit, now) / 1000)));
      }
      throw new ApiError(
        429,
        "TOO_MANY_REQUESTS",
        `Too many training clones: the ${interval === "DAY" ? "daily" : "per-minute"} limit of ${limit} is reached`,
        { interval, limit },
        headers,
      );
    }
  }

  /** Counts an accepted clone. */
  record(now: number): void {
    this.minute.add(now);
    this.day.add(now);
  }
}
