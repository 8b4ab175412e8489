/** The operation durations the waiter is judged on: four bands, from submit to finish. */

export interface DurationBand {
  fromMs: number;
  toMs: number;
}

/** The benchmark issue's bands: 0.2-0.5 s, 0.7-1.5 s, 2-4 s and 7-13 s. */
export const DURATION_BANDS: readonly DurationBand[] = Object.freeze([
  { fromMs: 200, toMs: 500 },
  { fromMs: 700, toMs: 1_500 },
  { fromMs: 2_000, toMs: 4_000 },
  { fromMs: 7_000, toMs: 13_000 },
]);

/** e.g. "0.2-0.5 s". */
export function bandLabel(band: DurationBand): string {
  return `${band.fromMs / 1000}-${band.toMs / 1000} s`;
}

/** A duration drawn uniformly from the band, whole ms. `random` returns a number in [0, 1). */
export function drawDurationMs(band: DurationBand, random: () => number): number {
  return Math.round(band.fromMs + random() * (band.toMs - band.fromMs));
}
