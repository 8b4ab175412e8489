/** Counters for tests and benchmarks. */
export interface EmulatorStats {
  /** Clone requests received, whatever their answer. */
  cloneRequests: number;
  /** Clone requests answered 429 (quota, rate limit or an injected fault). */
  clones429: number;
  /** All requests answered 429. */
  total429: number;
}
