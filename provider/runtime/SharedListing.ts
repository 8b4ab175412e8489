import type { Clock } from "../toloka";

/**
 * One listing per key shared by concurrent callers, as long as it began no earlier than the
 * caller did: a listing begun before a caller started may predate a change the caller must
 * see, so that caller starts its own. The latest listing of each key is kept (in flight or
 * done); a failed one is forgotten. Time comes from the injected clock.
 */
export class SharedListing<T> {
  private readonly latest = new Map<string, { startedMs: number; result: Promise<T> }>();

  constructor(private readonly clock: Pick<Clock, "now">) {}

  /** The latest listing of `key` if it began at or after `notBeforeMs`, else a new one from `load`. */
  get(key: string, notBeforeMs: number, load: () => Promise<T>): Promise<T> {
    const entry = this.latest.get(key);
    if (entry && entry.startedMs >= notBeforeMs) return entry.result;
    const fresh = { startedMs: this.clock.now(), result: Promise.resolve().then(load) };
    this.latest.set(key, fresh);
    fresh.result.catch(() => {
      if (this.latest.get(key) === fresh) this.latest.delete(key);
    });
    return fresh.result;
  }
}
