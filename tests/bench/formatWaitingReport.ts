/** Section 1 as printed: one line per progress model, band and policy; targets beside `ours`. */
import type { WaitingReport } from "./benchWaiting";
import { formatTable } from "./formatTable";
import { WAIT_POLICY_DESCRIPTIONS, WAIT_POLICY_NAMES } from "./waitPolicies";

export function formatWaitingReport(report: WaitingReport): string {
  const ms = (v: number) => (Number.isNaN(v) ? "-" : `${Math.round(v)} ms`);
  const count = (v: number) => (Number.isNaN(v) ? "-" : Number.isInteger(v) ? String(v) : v.toFixed(1));
  const rows = report.rows.map((r, i) => {
    const previous = report.rows[i - 1];
    const sameGroup = previous !== undefined && previous.model === r.model && previous.band === r.band;
    return [
      sameGroup ? "" : r.model,
      sameGroup ? "" : r.band,
      r.policy,
      r.errors > 0 ? `${r.operations} (${r.errors} failed)` : String(r.operations),
      ms(r.overshootMedianMs),
      ms(r.overshootP90Ms),
      count(r.getsMedian),
      r.getsMean.toFixed(2),
      r.overshootMedianByRoundMs.map((v) => (Number.isNaN(v) ? "-" : String(Math.round(v)))).join(" / "),
      r.targets ? `${r.targets.overshoot.verdict} <= ${r.targets.overshoot.rule}` : "",
      r.targets ? `${r.targets.gets.verdict} <= ${r.targets.gets.rule}` : "",
    ];
  });
  const table = formatTable(
    [
      { title: "progress" },
      { title: "band" },
      { title: "policy" },
      { title: "ops", align: "right" },
      { title: "overshoot med", align: "right" },
      { title: "p90", align: "right" },
      { title: "GETs med", align: "right" },
      { title: "mean", align: "right" },
      { title: "med by round (ms)", align: "right" },
      { title: "target: overshoot median" },
      { title: "target: GETs median" },
    ],
    rows,
  );
  const misses = report.rows.flatMap((r) => (r.targets ? [r.targets.overshoot, r.targets.gets] : [])).filter((t) => t.verdict === "MISS");
  const durations = report.durationsMs.map((ds) => ds.join(" ")).join(" | ");
  return [
    `1. Awaiting an operation: seed ${report.seed}; ${report.operationsPerBand} operations per band, progress model and policy, in ${report.rounds} rounds;` +
      ` within a round all start together, a copy per policy side by side (${(report.wallMs / 1000).toFixed(1)} s)`,
    `   durations (ms), same for every policy and model: ${durations}`,
    ...WAIT_POLICY_NAMES.map((p) => `   ${p}: ${WAIT_POLICY_DESCRIPTIONS[p]}`),
    "   overshoot: from the operation's `finished` (emulator clock) to the waiter's return; GETs: GET /operations/{id} per operation",
    table,
    `   targets met: ${report.rows.filter((r) => r.targets).length * 2 - misses.length} of ${report.rows.filter((r) => r.targets).length * 2}`,
  ].join("\n");
}
