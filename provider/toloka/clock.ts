/** Time, injected: the client never calls Date.now() or setTimeout itself. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` milliseconds (at once for ms <= 0). */
  sleep(ms: number): Promise<void>;
}

/** setTimeout's limit: longer sleeps are cut to it (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms: number) =>
    new Promise<void>((resolve) => {
      if (!(ms > 0)) {
        resolve();
        return;
      }
      setTimeout(resolve, Math.min(ms, MAX_TIMER_MS));
    }),
};

/**
 * Test-time scale. `timeScale` multiplies every wait the client itself decides on: retry
 * backoff, Retry-After, quota waits, the clone pacing window and the clone coordinator's
 * lookup delays. With 0.001, a 60 s quota window lasts 60 ms. It does not change
 * `requestTimeoutMs`, deadlines or the clock: those stay real. Production uses 1.
 */
export function scaleWaitMs(ms: number, timeScale: number): number {
  return Math.max(0, Math.round(ms * timeScale));
}
