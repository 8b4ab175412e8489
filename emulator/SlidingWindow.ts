/** Counts events in a sliding time window. */
export class SlidingWindow {
  private times: number[] = [];

  constructor(private windowMs: number) {}

  setWindowMs(windowMs: number): void {
    this.windowMs = windowMs;
  }

  count(now: number): number {
    this.forget(now);
    return this.times.length;
  }

  add(now: number): void {
    this.times.push(now);
  }

  /** Milliseconds until fewer than `limit` events remain in the window (0 if already so). */
  msUntilBelow(limit: number, now: number): number {
    this.forget(now);
    if (this.times.length < limit) return 0;
    // The event that must leave is the (length - limit + 1)-th oldest.
    const leaving = this.times[this.times.length - Math.max(limit, 1)];
    return Math.max(0, leaving + this.windowMs - now);
  }

  private forget(now: number): void {
    const from = now - this.windowMs;
    let drop = 0;
    while (drop < this.times.length && this.times[drop] <= from) drop++;
    if (drop > 0) this.times.splice(0, drop);
  }
}
