/**
 * Events due at a server-clock time, run lazily by `settle(now)` in time order.
 * No timers: state is a pure function of the server clock, and close() leaves nothing running.
 */
interface DueEvent {
  at: number;
  seq: number;
  key?: string;
  run: (at: number) => void;
}

export class Timeline {
  private events: DueEvent[] = [];
  private seq = 0;

  /** Schedules `run` at `at`; an event with the same `key` is replaced. */
  schedule(at: number, run: (at: number) => void, key?: string): void {
    if (key !== undefined) this.cancel(key);
    this.events.push({ at, seq: this.seq++, key, run });
  }

  cancel(key: string): void {
    this.events = this.events.filter((e) => e.key !== key);
  }

  /** Runs every event due by `now`, earliest first; each sees its own time. */
  settle(now: number): void {
    for (;;) {
      let next: DueEvent | undefined;
      for (const e of this.events) {
        if (e.at <= now && (!next || e.at < next.at || (e.at === next.at && e.seq < next.seq))) next = e;
      }
      if (!next) return;
      const due = next;
      this.events = this.events.filter((e) => e !== due);
      due.run(due.at);
    }
  }
}
