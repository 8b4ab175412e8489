/** Turns wait samples into one row per progress model, band and policy, with the targets judged. */
import { bandLabel, DURATION_BANDS } from "./durationBands";
import type { ProgressModel, WaitSample } from "./measureWaits";
import { median, quantile } from "./quantile";
import { verdict, type Verdict } from "./verdict";
import { WAIT_POLICY_NAMES, type WaitPolicyName } from "./waitPolicies";

export interface WaitTarget {
  /** e.g. "<= 0.5 x sdk (410 ms)". */
  rule: string;
  limit: number;
  verdict: Verdict;
}

export interface WaitRow {
  model: ProgressModel;
  band: string;
  policy: WaitPolicyName;
  operations: number;
  /** Waits that threw (timeout, HTTP error): left out of the figures below. */
  errors: number;
  overshootMedianMs: number;
  overshootP90Ms: number;
  getsMedian: number;
  getsMean: number;
  /** Overshoot median of each round: the first meets an empty history, so `ours` may differ there. */
  overshootMedianByRoundMs: number[];
  /** On `ours` rows only: overshoot median and GETs median against the SDK schedule's. */
  targets?: { overshoot: WaitTarget; gets: WaitTarget };
}

/** Targets: with linear progress, half the SDK schedule's overshoot median; with jump, no worse; never more GETs. */
export const OVERSHOOT_RATIO_TARGET: Readonly<Record<ProgressModel, number>> = { linear: 0.5, jump: 1 };

export function summarizeWaits(samples: readonly WaitSample[]): WaitRow[] {
  const rows: WaitRow[] = [];
  for (const model of ["linear", "jump"] as const) {
    DURATION_BANDS.forEach((band, b) => {
      const byPolicy = new Map<WaitPolicyName, WaitRow>();
      for (const policy of WAIT_POLICY_NAMES) {
        const mine = samples.filter((s) => s.model === model && s.band === b && s.policy === policy);
        if (mine.length === 0) continue;
        const ok = mine.filter((s) => s.error === undefined);
        const overshoots = ok.map((s) => s.overshootMs);
        const gets = ok.map((s) => s.gets);
        const row: WaitRow = {
          model,
          band: bandLabel(band),
          policy,
          operations: mine.length,
          errors: mine.length - ok.length,
          overshootMedianMs: median(overshoots),
          overshootP90Ms: quantile(overshoots, 0.9),
          getsMedian: median(gets),
          getsMean: gets.reduce((a, g) => a + g, 0) / gets.length,
          overshootMedianByRoundMs: [...new Set(mine.map((s) => s.round))]
            .sort((x, y) => x - y)
            .map((round) => median(ok.filter((s) => s.round === round).map((s) => s.overshootMs))),
        };
        byPolicy.set(policy, row);
        rows.push(row);
      }
      const ours = byPolicy.get("ours");
      const sdk = byPolicy.get("sdk");
      if (ours && sdk) ours.targets = judge(model, ours, sdk);
    });
  }
  return rows;
}

function judge(model: ProgressModel, ours: WaitRow, sdk: WaitRow): WaitRow["targets"] {
  const ratio = OVERSHOOT_RATIO_TARGET[model];
  const overshootLimit = ratio * sdk.overshootMedianMs;
  const noErrors = ours.errors === 0;
  return {
    overshoot: {
      rule: `${ratio === 1 ? "" : `${ratio} x `}sdk's (${Math.round(overshootLimit)} ms)`,
      limit: overshootLimit,
      verdict: verdict(noErrors && ours.overshootMedianMs <= overshootLimit),
    },
    gets: {
      rule: `sdk's (${formatCount(sdk.getsMedian)})`,
      limit: sdk.getsMedian,
      verdict: verdict(noErrors && ours.getsMedian <= sdk.getsMedian),
    },
  };
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
