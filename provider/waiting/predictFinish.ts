import type { PollObservation } from "./PollSchedule";

/** When an operation whose progress grows linearly will finish, as a range of local times. */
export interface FinishPrediction {
  /** Earliest and latest finish consistent with the looks so far, ms since the wait began. */
  readonly earliestMs: number;
  readonly latestMs: number;
  /** Oldest point the prediction rests on: the range narrows roughly as 1 / (now - referenceMs). */
  readonly referenceMs: number;
}

/**
 * Toloka reports progress as an integer and does not say whether it floors or rounds: a reported
 * `p` is taken to mean a true progress in [p - 0.5, p + 1).
 */
const BELOW = 0.5;
const ABOVE = 1;
/** Earlier looks used besides the first one: enough to cross-check, cheap for long waits. */
const RECENT_REFERENCES = 8;

interface Reference {
  readonly atMs: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * Extrapolates the finish from progress: assumes progress grows at a constant rate and bounds
 * that rate by each earlier look (and by the anchor: the moment progress was 0, when known),
 * quantization included. Undefined when the last look has no progress strictly between 0 and
 * 100, or when the looks contradict a constant rate (then no extrapolation is trusted).
 */
export function predictFinish(
  observations: readonly PollObservation[],
  anchorMs?: number,
): FinishPrediction | undefined {
  const last = observations[observations.length - 1];
  if (last === undefined || last.progress === undefined || !(last.progress > 0 && last.progress < 100)) {
    return undefined;
  }
  const latest: Reference = {
    atMs: last.atMs,
    lo: Math.max(0, last.progress - BELOW),
    hi: Math.min(100, last.progress + ABOVE),
  };
  // The first look with a progress and the last few: a long baseline, cross-checked, in O(1).
  const looks: Reference[] = [];
  for (let i = observations.length - 2; i >= 0 && looks.length < RECENT_REFERENCES; i--) {
    const ref = reference(observations[i], last.atMs);
    if (ref !== undefined) looks.unshift(ref);
  }
  const firstIndex = observations.findIndex((o) => o.progress !== undefined);
  const first = firstIndex >= 0 ? reference(observations[firstIndex], last.atMs) : undefined;
  if (first !== undefined && !(looks.length > 0 && looks[0].atMs <= first.atMs)) looks.unshift(first);
  const anchor: Reference[] = anchorMs !== undefined && anchorMs < last.atMs ? [{ atMs: anchorMs, lo: 0, hi: 0 }] : [];
  // Most informative first; fall back when the anchor (or an old look) contradicts the rest.
  const candidates = [[...anchor, ...looks], looks, looks.slice(-1), anchor];
  for (const refs of candidates) {
    const prediction = predictFrom(latest, refs);
    if (prediction !== undefined) return prediction;
  }
  return undefined;
}

/** What a look says about the true progress at its time; undefined when it says nothing usable. */
function reference(o: PollObservation, beforeMs: number): Reference | undefined {
  if (o.progress === undefined || !(o.atMs < beforeMs)) return undefined;
  return {
    atMs: o.atMs,
    // Progress stays at 0 before the operation starts, where a constant rate would be below 0:
    // a look at 0 only bounds the progress from above.
    lo: o.progress > 0 ? o.progress - BELOW : -Infinity,
    hi: Math.min(100, o.progress + ABOVE),
  };
}

function predictFrom(latest: Reference, refs: readonly Reference[]): FinishPrediction | undefined {
  if (refs.length === 0) return undefined;
  let minRate = 0;
  let maxRate = Infinity;
  let referenceMs = latest.atMs;
  for (const r of refs) {
    const dt = latest.atMs - r.atMs;
    minRate = Math.max(minRate, (latest.lo - r.hi) / dt);
    maxRate = Math.min(maxRate, (latest.hi - r.lo) / dt);
    if (r.lo > -Infinity) referenceMs = Math.min(referenceMs, r.atMs);
  }
  if (!(minRate > 0) || !(maxRate >= minRate) || !Number.isFinite(maxRate)) return undefined;
  return {
    earliestMs: latest.atMs + (100 - latest.hi) / maxRate,
    latestMs: latest.atMs + (100 - latest.lo) / minRate,
    referenceMs,
  };
}
