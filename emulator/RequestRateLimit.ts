/** Toloka's 300-requests-a-second limit, as a sliding 1 s window over answered requests. */
import { ApiError } from "./ApiError";
import { SlidingWindow } from "./SlidingWindow";

export class RequestRateLimit {
  private readonly window = new SlidingWindow(1000);

  constructor(private readonly perSecond: () => number) {}

  /** Throws 429 TOO_MANY_REQUESTS (no interval, no Retry-After) when over the limit; else counts the request. */
  admit(now: number): void {
    const limit = this.perSecond();
    // Refused requests are not counted, so a client that backs off gets through again.
    if (this.window.count(now) >= limit) {
      throw new ApiError(429, "TOO_MANY_REQUESTS", `Too many requests: more than ${limit} a second`);
    }
    this.window.add(now);
  }
}
