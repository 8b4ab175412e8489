export interface BackoffOptions {
  /** The first retry waits between this and twice this. */
  minDelayMs: number;
  /** No wait exceeds this. */
  maxDelayMs: number;
  /** Uniform in [0, 1). */
  random: () => number;
}

/**
 * Capped exponential backoff with jitter: retry n (from 1) waits a uniformly random time
 * between `minDelayMs` and `min(maxDelayMs, minDelayMs * 2^n)`. The floor keeps a wait from
 * being ~0; the jitter keeps concurrent clients from retrying in lockstep.
 */
export function backoffDelayMs(retry: number, options: BackoffOptions): number {
  const { minDelayMs, maxDelayMs, random } = options;
  const n = Math.max(1, Math.floor(retry));
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(n, 30));
  const floor = Math.min(minDelayMs, maxDelayMs);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(floor + r * Math.max(0, ceiling - floor));
}
