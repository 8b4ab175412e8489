/** Section 2 as printed: one line per run and phase, targets beside the figures. */
import type { FleetReport } from "./benchFleet";
import { formatTable } from "./formatTable";
import type { FleetPhase } from "./runFleet";
import { verdict } from "./verdict";

/** Clone phase within this factor of its lower bound. */
export const CLONE_WALL_TARGET_RATIO = 1.15;
/** At most this many 429s per this many clones. */
export const CLONES_PER_429 = 20;

export function formatFleetReport(report: FleetReport): string {
  const rows = report.runs.flatMap((run) =>
    run.phases.map((p, i) => [
      i === 0 ? run.label : "",
      i === 0 ? `${run.settings["toloka:cloneRateLimit"] === "0" ? "off" : `${run.settings["toloka:cloneRateLimit"]} per ${run.settings["toloka:cloneRateWindowSeconds"]} s`}` : "",
      p.phase,
      `${(p.wallMs / 1000).toFixed(2)} s`,
      `${(p.lowerBoundMs / 1000).toFixed(2)} s`,
      `${(p.wallMs / p.lowerBoundMs).toFixed(2)}`,
      `${p.total429}${p.total429 !== p.clones429 ? ` (${p.clones429} clone)` : ""}`,
      (p.requests / p.resources).toFixed(2),
      (p.actionPosts / p.resources).toFixed(2),
      String(p.failures),
      String(p.duplicates),
      targets(p),
    ]),
  );
  const table = formatTable(
    [
      { title: "run" },
      { title: "pacing" },
      { title: "phase" },
      { title: "wall", align: "right" },
      { title: "lower bound", align: "right" },
      { title: "ratio", align: "right" },
      { title: "429s", align: "right" },
      { title: "req/res", align: "right" },
      { title: "POST/res", align: "right" },
      { title: "fail", align: "right" },
      { title: "dup", align: "right" },
      { title: "targets" },
    ],
    rows,
  );
  const failures = report.runs.flatMap((run) => run.phases.flatMap((p) => p.failureMessages.map((m) => `   ${run.label} ${p.phase} failure: ${m}`)));
  const unpaced = report.runs.find((r) => r.settings["toloka:cloneRateLimit"] === "0");
  return [
    `2. Fleet under the clone quota: ${report.resources} clones then ${report.resources} archives, ${report.concurrency} in flight (pulumi up --parallel ${report.concurrency}), through Pulumi's provider host from the packed package`,
    `   emulator: clone quota ${report.quota}, operations of ${report.operationMs} ms; provider: toloka:timeScale 1` +
      (unpaced ? `; unpaced run: toloka:cloneRateLimit 0, toloka:maxRetries ${unpaced.settings["toloka:maxRetries"] ?? "default"}` : ""),
    "   lower bounds: clone (ceil(N/quota) - 1) x window + one operation; archive ceil(N/in flight) x one operation (not quota-bound)",
    "   req/res: every request per resource; POST/res: clone (or archive) POSTs per resource; dup: clones beyond one per resource (archive: archive operations beyond one)",
    table,
    ...failures,
  ].join("\n");
}

function targets(p: FleetPhase): string {
  const parts = [`${verdict(p.failures === 0)} 0 failures`, `${verdict(p.duplicates === 0)} 0 dup`];
  if (p.phase === "clone") {
    parts.push(`${verdict(p.wallMs <= CLONE_WALL_TARGET_RATIO * p.lowerBoundMs)} <= ${CLONE_WALL_TARGET_RATIO} x bound`);
    const allowed = Math.floor(p.resources / CLONES_PER_429);
    parts.push(`${verdict(p.total429 <= allowed)} <= ${allowed} 429s`);
  }
  return parts.join(", ");
}
