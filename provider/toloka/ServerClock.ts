/**
 * Estimates the server's clock from the `Date` header of every answer. The header has 1 s
 * resolution and is cut down (not rounded), so an answer received at local time `r` for a
 * request sent at local time `s` bounds the offset (server minus local) to
 * `[D - r, D + 1000 - s]`. The bounds of successive answers are intersected, which narrows
 * the estimate well under a second; if they ever contradict each other (a clock jumped), the
 * estimate starts over from the latest answer.
 */
export class ServerClock {
  private lowMs = Number.NEGATIVE_INFINITY;
  private highMs = Number.POSITIVE_INFINITY;
  private observations = 0;

  /** Records one answer's Date header; ignores a missing or unreadable one. */
  observe(dateHeader: string | null | undefined, sentAtMs: number, receivedAtMs: number): void {
    if (!dateHeader) return;
    const serverMs = Date.parse(dateHeader);
    if (Number.isNaN(serverMs)) return;
    const low = serverMs - receivedAtMs;
    const high = serverMs + 1000 - sentAtMs;
    const narrowedLow = Math.max(this.lowMs, low);
    const narrowedHigh = Math.min(this.highMs, high);
    if (narrowedLow > narrowedHigh) {
      this.lowMs = low;
      this.highMs = high;
    } else {
      this.lowMs = narrowedLow;
      this.highMs = narrowedHigh;
    }
    this.observations += 1;
  }

  /** True once an answer with a Date header has been seen. */
  get synced(): boolean {
    return this.observations > 0;
  }

  /** Server time minus local time, best estimate (0 before any answer). */
  get offsetMs(): number {
    return this.synced ? Math.round((this.lowMs + this.highMs) / 2) : 0;
  }

  /** Half the width of the offset's possible range (Infinity before any answer). */
  get uncertaintyMs(): number {
    return this.synced ? (this.highMs - this.lowMs) / 2 : Number.POSITIVE_INFINITY;
  }

  /** The server's time at local time `localMs`; undefined before any answer. */
  serverTimeMs(localMs: number): number | undefined {
    return this.synced ? localMs + this.offsetMs : undefined;
  }
}
