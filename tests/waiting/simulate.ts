/** Runs waits against synthetic operations and sums up overshoot and GETs per band and model. */
import { OperationDurationHistory, waitForOperation, type WaitOptions } from "../../provider/waiting";
import { FakeClock } from "./fakes";
import { seededRandom, syntheticOperation } from "./syntheticOperation";

export const BANDS: ReadonlyArray<readonly [number, number]> = [
  [200, 500],
  [700, 1500],
  [2000, 4000],
  [7000, 13000],
];
export const MODELS = ["linear", "jump"] as const;

export interface BandStats {
  overshootMedianMs: number;
  getsMean: number;
  overshootsMs: number[];
  gets: number[];
}

/**
 * `runs` operations of one band and model, one after the other; `options()` gives the wait
 * options of each (a shared history makes it learn). Same seed, same operations for every schedule.
 */
export async function simulateBand(
  band: readonly [number, number],
  model: "linear" | "jump",
  options: () => Partial<WaitOptions>,
  runs: number,
  seed: number,
): Promise<BandStats> {
  const random = seededRandom(seed);
  const clock = new FakeClock();
  const overshootsMs: number[] = [];
  const gets: number[] = [];
  for (let i = 0; i < runs; i++) {
    const durationMs = band[0] + random() * (band[1] - band[0]);
    const pendingMs = random() * 50;
    const sim = syntheticOperation(
      { durationMs, pendingMs, progress: model, getLatencyMs: 2, postLatencyMs: 2, serverOffsetMs: 3_600_000, id: `op-${i}` },
      clock,
    );
    await waitForOperation(sim.initial, { getOperation: (id) => sim.getOperation(id), clock }, options());
    overshootsMs.push(clock.now() - sim.finishAtMs);
    gets.push(sim.gets);
    clock.advance(1000 + random() * 1000);
  }
  return { overshootMedianMs: median(overshootsMs), getsMean: mean(gets), overshootsMs, gets };
}

export function warmHistory(): () => Partial<WaitOptions> {
  const history = new OperationDurationHistory();
  return () => ({ history });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
