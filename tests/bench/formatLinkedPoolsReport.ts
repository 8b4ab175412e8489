/** Section 4 as printed: the two projects side by side, targets beside the crowded one. */
import type { LinkedPoolsReport, LinkedPoolsSide } from "./benchLinkedPools";
import { formatTable } from "./formatTable";
import { quantile } from "./quantile";
import { verdict } from "./verdict";

/** Pool-list requests per archive, at most. */
export const MAX_POOL_LISTS_PER_ARCHIVE = 3;
/** The crowded project's archive wall time within this factor of the empty project's. */
export const CROWDED_WALL_TARGET_RATIO = 1.2;

export interface SideFigures {
  wallMs: number;
  poolListsPerArchive: number;
  requestsPerArchive: number;
  total429: number;
  failures: number;
}

/** Medians of wall time over the repeats; counts summed over them, per archive. */
export function sideFigures(side: LinkedPoolsSide): SideFigures {
  const archives = side.archives.reduce((n, p) => n + p.resources, 0);
  const sum = (pick: (p: LinkedPoolsSide["archives"][number]) => number) => side.archives.reduce((n, p) => n + pick(p), 0);
  return {
    wallMs: quantile(side.archives.map((p) => p.wallMs), 0.5),
    poolListsPerArchive: sum((p) => p.poolLists) / archives,
    requestsPerArchive: sum((p) => p.requests) / archives,
    total429: sum((p) => p.total429),
    failures: sum((p) => p.failures + p.duplicates),
  };
}

export function formatLinkedPoolsReport(report: LinkedPoolsReport): string {
  const empty = sideFigures(report.empty);
  const crowded = sideFigures(report.crowded);
  const ratio = crowded.wallMs / empty.wallMs;
  const row = (side: LinkedPoolsSide, f: SideFigures, targets: string) => [
    side.label,
    `${(f.wallMs / 1000).toFixed(2)} s`,
    side === report.empty ? "1.00" : ratio.toFixed(2),
    f.poolListsPerArchive.toFixed(2),
    f.requestsPerArchive.toFixed(2),
    String(f.total429),
    String(f.failures),
    targets,
  ];
  const targets = [
    `${verdict(crowded.poolListsPerArchive <= MAX_POOL_LISTS_PER_ARCHIVE)} <= ${MAX_POOL_LISTS_PER_ARCHIVE} pool lists/archive`,
    `${verdict(ratio <= CROWDED_WALL_TARGET_RATIO)} <= ${CROWDED_WALL_TARGET_RATIO} x empty`,
    `${verdict(crowded.failures === 0 && empty.failures === 0)} 0 failures`,
  ].join(", ");
  const table = formatTable(
    [
      { title: "project" },
      { title: "archive wall (median)", align: "right" },
      { title: "vs empty", align: "right" },
      { title: "pool lists/archive", align: "right" },
      { title: "req/archive", align: "right" },
      { title: "429s", align: "right" },
      { title: "fail", align: "right" },
      { title: "targets" },
    ],
    [row(report.empty, empty, ""), row(report.crowded, crowded, targets)],
  );
  const failures = [report.empty, report.crowded].flatMap((s) => s.archives.flatMap((p) => p.failureMessages.map((m) => `   ${s.label} failure: ${m}`)));
  return [
    `4. The linked-pool check at scale: ${report.resources} archives, ${report.concurrency} in flight, through Pulumi's provider host, in an empty project and in one with ${report.crowded.archivedPools.toLocaleString("en-US")} archived pools`,
    `   ${report.repeats} runs of each, alternating; operations of ${report.operationMs} ms; the emulator keeps Toloka's 300 requests a second; wall: median of the runs' archive phases`,
    table,
    ...[...new Set(failures)].slice(0, 6),
  ].join("\n");
}
