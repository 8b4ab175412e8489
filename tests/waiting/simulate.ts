/** Runs waits against synthetic operations and sums up overshoot and GETs per band. */
import { OperationDurationHistory, waitForOperation, type WaitOptions } from "../../provider/waiting";
import { FakeClock } from "./fakes";
import { seededRandom, syntheticOperation, type SyntheticSpec } from "./syntheticOperation";

export type Band = readonly [number, number];

/** Operation durations (ms, submitted to finished) the waiter is judged on. */
export const BANDS: readonly Band[] = [
  [200, 500],
  [700, 1500],
  [2000, 4000],
  [7000, 13000],
];
export const MODELS = ["linear", "jump"] as const;
export type ProgressModel = (typeof MODELS)[number];

export interface BandStats {
  /** Local ms from the finish to the waiter's return. */
  overshootMedianMs: number;
  getsMean: number;
  overshootsMs: number[];
  gets: number[];
}

export type World = Partial<Pick<SyntheticSpec, "getLatencyMs" | "postLatencyMs" | "rounding">>;

/**
 * `runs` operations, one after the other, each of a band drawn from `bands`; `options()` gives
 * each wait's options (return one shared history to let it learn). Same seed, same operations,
 * whatever the schedule. Returns the stats of each band, in the order of `bands`.
 */
export async function simulate(
  bands: readonly Band[],
  model: ProgressModel,
  options: () => Partial<WaitOptions>,
  runs: number,
  seed: number,
  world: World = {},
): Promise<BandStats[]> {
  const random = seededRandom(seed);
  const clock = new FakeClock();
  const perBand = bands.map(() => ({ overshootsMs: [] as number[], gets: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    const b = Math.floor(random() * bands.length);
    const [from, to] = bands[b];
    const durationMs = from + random() * (to - from);
    const pendingMs = random() * 50;
    const sim = syntheticOperation(
      { durationMs, pendingMs, progress: model, getLatencyMs: 2, postLatencyMs: 2, serverOffsetMs: 3_600_000, id: `op-${seed}-${i}`, ...world },
      clock,
    );
    await waitForOperation(sim.initial, { getOperation: (id) => sim.getOperation(id), clock }, options());
    perBand[b].overshootsMs.push(clock.now() - sim.finishAtMs);
    perBand[b].gets.push(sim.gets);
    clock.advance(1000 + random() * 1000);
  }
  return perBand.map((r) => ({ ...r, overshootMedianMs: median(r.overshootsMs), getsMean: mean(r.gets) }));
}

/** Options sharing one history across all the waits that use them. */
export function withSharedHistory(extra: Partial<WaitOptions> = {}): () => Partial<WaitOptions> {
  const history = new OperationDurationHistory();
  return () => ({ ...extra, history });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}
