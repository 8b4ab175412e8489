/** Timers for delayed answers that close() can cancel all at once, leaving nothing running. */
export class CancellableSleeps {
  private readonly pending = new Set<{ timer: NodeJS.Timeout; resolve: (done: boolean) => void }>();
  private cancelled = false;

  /** Resolves true after ms, or false if cancelled first (or already). */
  sleep(ms: number): Promise<boolean> {
    if (this.cancelled) return Promise.resolve(false);
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.pending.delete(entry);
          resolve(true);
        }, ms),
        resolve,
      };
      this.pending.add(entry);
    });
  }

  cancelAll(): void {
    this.cancelled = true;
    for (const entry of this.pending) {
      clearTimeout(entry.timer);
      entry.resolve(false);
    }
    this.pending.clear();
  }
}
