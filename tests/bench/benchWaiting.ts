/** Section 1: awaiting an operation, three policies on the same operations, both progress models side by side. */
import type { WaitOptions } from "../../provider/waiting";
import { seededRandom } from "../../emulator/seededRandom";
import type { BenchOptions } from "./BenchOptions";
import { DURATION_BANDS, drawDurationMs } from "./durationBands";
import { measureWaits, type PlannedWait, type WaitSample } from "./measureWaits";
import { summarizeWaits, type WaitRow } from "./summarizeWaits";
import { startPolicyRun, WAIT_POLICY_NAMES } from "./waitPolicies";

export interface WaitingReport {
  seed: number;
  operationsPerBand: number;
  rounds: number;
  /** The planned durations, ms, per band: the same for every policy and both progress models. */
  durationsMs: number[][];
  wallMs: number;
  rows: WaitRow[];
  samples: WaitSample[];
}

/**
 * Draws `operationsPerBand` durations per band from `seed` and plans each operation once per
 * policy, side by side (the policies' order rotating from one operation to the next, so none is
 * always first), all bands interleaved, in `waitRounds` rounds; runs the plan on two emulators at
 * once (linear and jump progress). A policy run is one policy on one band under one progress
 * model: `ours` shares one OperationDurationHistory across it, as the provider shares one across
 * the clones of a stack.
 */
export async function benchWaiting(options: BenchOptions, seed: number): Promise<WaitingReport> {
  const random = seededRandom(seed);
  const durationsMs = DURATION_BANDS.map(() => [] as number[]);
  const plan: PlannedWait[] = [];
  const n = options.operationsPerBand;
  for (let i = 0; i < n; i++) {
    const round = Math.floor((i * options.waitRounds) / n);
    DURATION_BANDS.forEach((band, b) => {
      const durationMs = drawDurationMs(band, random);
      durationsMs[b].push(durationMs);
      WAIT_POLICY_NAMES.forEach((_, p) => {
        const policy = WAIT_POLICY_NAMES[(p + i + b) % WAIT_POLICY_NAMES.length];
        plan.push({ round, band: b, policy, durationMs });
      });
    });
  }
  const started = Date.now();
  const perModel = await Promise.all(
    (["linear", "jump"] as const).map((model, m) => {
      const awsRandom = seededRandom((seed ^ (0x9e3779b9 * (m + 1))) >>> 0);
      const runs = new Map<string, () => Partial<WaitOptions>>();
      const optionsFor = (p: PlannedWait) => {
        const key = `${p.band}/${p.policy}`;
        let run = runs.get(key);
        if (!run) runs.set(key, (run = startPolicyRun(p.policy, awsRandom)));
        return run();
      };
      return measureWaits(model, plan, optionsFor, options.waitTimeoutMs);
    }),
  );
  const samples = perModel.flat();
  return {
    seed,
    operationsPerBand: options.operationsPerBand,
    rounds: options.waitRounds,
    durationsMs,
    wallMs: Date.now() - started,
    rows: summarizeWaits(samples),
    samples,
  };
}
