import type { Clock } from "./clock";
import { TolokaDeadlineError } from "./TolokaDeadlineError";

export interface SlidingWindowLimiterOptions {
  /** At most this many acquisitions within any `windowMs`; 0 = unlimited. */
  limit: number;
  /** Window length, in the clock's milliseconds; 0 = unlimited. */
  windowMs: number;
  clock: Clock;
  /** One line per wait. */
  log?: (line: string) => void;
}

interface Waiter {
  what: string;
  deadlineMs: number | undefined;
  resolve: (grantMs: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Client-side pacing: at most `limit` acquisitions in any sliding `windowMs`, granted in
 * arrival order (FIFO), on the injected clock. One limiter is shared by every call of a client.
 */
export class SlidingWindowLimiter {
  private readonly grantsMs: number[] = [];
  private readonly queue: Waiter[] = [];
  private pumping = false;
  private closedWith: unknown;

  constructor(private readonly options: SlidingWindowLimiterOptions) {}

  get enabled(): boolean {
    return this.options.limit > 0 && this.options.windowMs > 0;
  }

  /** Acquisitions still inside the window. */
  inWindow(): number {
    this.forget(this.options.clock.now());
    return this.grantsMs.length;
  }

  /**
   * Resolves when a slot is free and takes it, with the slot's time (for `refund`). Rejects with
   * TolokaDeadlineError, without waiting, when the slot would come after `deadlineMs`. `what`
   * names the request in logs.
   */
  acquire(what: string, deadlineMs?: number): Promise<number | undefined> {
    if (this.closedWith !== undefined) return Promise.reject(this.closedWith);
    if (!this.enabled) return Promise.resolve(undefined);
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ what, deadlineMs, resolve, reject });
      void this.pump();
    });
  }

  /** From now on every acquisition fails with `error`: those waiting at once, later ones when asked. */
  close(error: unknown): void {
    this.closedWith = error;
    for (const waiter of this.queue.splice(0)) waiter.reject(error);
  }

  /**
   * Gives back the slot taken at `grantMs`: its request was refused (a 429 is not counted
   * by Toloka's quota), so counting it here would let through one request fewer than the server.
   */
  refund(grantMs: number | undefined): void {
    const index = grantMs === undefined ? -1 : this.grantsMs.lastIndexOf(grantMs);
    if (index < 0) return;
    this.grantsMs.splice(index, 1);
    void this.pump();
  }

  private forget(nowMs: number): void {
    const from = nowMs - this.options.windowMs;
    while (this.grantsMs.length > 0 && this.grantsMs[0] <= from) this.grantsMs.shift();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const { clock, limit, windowMs, log } = this.options;
        const now = clock.now();
        this.forget(now);
        const head = this.queue[0];
        if (this.grantsMs.length < limit) {
          this.grantsMs.push(now);
          this.queue.shift();
          head.resolve(now);
          continue;
        }
        const waitMs = this.grantsMs[0] + windowMs - now;
        if (head.deadlineMs !== undefined && now + waitMs > head.deadlineMs) {
          this.queue.shift();
          head.reject(new TolokaDeadlineError({ what: head.what, deadlineMs: head.deadlineMs, waitMs }));
          continue;
        }
        log?.(
          `pacing ${head.what}: waiting ${waitMs} ms for a slot ` +
            `(at most ${limit} per ${windowMs} ms; ${this.queue.length} waiting)`,
        );
        await clock.sleep(waitMs);
      }
    } finally {
      this.pumping = false;
    }
  }
}
