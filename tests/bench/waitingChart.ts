/**
 * Section 1 as a chart: the median overshoot per duration band and policy, one panel per progress
 * model, on a logarithmic axis (the AWS waiter overshoots by seconds where the others take tens of
 * milliseconds), with the 90th percentile as a whisker and the target over `ours`. Plain SVG
 * written here, no library: `npm run bench` writes it to docs/bench/waiting.svg.
 */
import type { WaitingReport } from "./benchWaiting";
import type { ProgressModel } from "./measureWaits";
import type { WaitRow } from "./summarizeWaits";
import { WAIT_POLICY_NAMES, type WaitPolicyName } from "./waitPolicies";

/** What the chart needs of a report. */
export type WaitingChartInput = Pick<WaitingReport, "seed" | "operationsPerBand" | "rows">;

const WIDTH = 960;
const HEIGHT = 440;
const PANEL = { top: 92, bottom: 372, left: 74, width: 400, gap: 70 } as const;
const BAR_WIDTH = 22;
const BAR_GAP = 4;
const MIN_MS = 10;

const POLICY_STYLE: Readonly<Record<WaitPolicyName, { colour: string; label: string }>> = {
  ours: { colour: "#2b6cb0", label: "ours (the provider's waiter)" },
  sdk: { colour: "#8a8f98", label: "SDK schedule (0.5 s, then every 1 s)" },
  aws: { colour: "#dd8a2a", label: "AWS SDK v3 waiter" },
};
const PASS_COLOUR = "#2f855a";
const MISS_COLOUR = "#c53030";

export function waitingChartSvg(report: WaitingChartInput): string {
  const models: ProgressModel[] = ["linear", "jump"];
  const finite = report.rows.flatMap((r) => [r.overshootMedianMs, r.overshootP90Ms]).filter((v) => Number.isFinite(v));
  const maxMs = Math.max(MIN_MS * 10, ...finite);
  const topDecade = Math.ceil(Math.log10(maxMs));
  const y = (ms: number) => {
    const clamped = Math.max(ms, MIN_MS);
    const share = (Math.log10(clamped) - Math.log10(MIN_MS)) / (topDecade - Math.log10(MIN_MS));
    return round(PANEL.bottom - share * (PANEL.bottom - PANEL.top));
  };
  const title = `Median overshoot per duration band and policy, seed ${report.seed}, ${report.operationsPerBand} operations each`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="title desc" font-family="Helvetica, Arial, sans-serif">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<desc id="desc">${escapeXml(describe(report.rows))}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="26" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(title)}</text>`,
    legend(),
  ];
  models.forEach((model, m) => {
    const left = PANEL.left + m * (PANEL.width + PANEL.gap);
    parts.push(panel(model, left, report.rows.filter((r) => r.model === model), y, topDecade));
  });
  parts.push(
    `<text x="${WIDTH / 2}" y="${HEIGHT - 10}" text-anchor="middle" font-size="11" fill="#4a5568">` +
      escapeXml("Overshoot: from the operation's finish to the waiter's return (log scale). Whisker: 90th percentile. Dash over ours: its target (green met, red missed).") +
      "</text>",
    "</svg>",
  );
  return parts.join("\n") + "\n";
}

function panel(model: ProgressModel, left: number, rows: WaitRow[], y: (ms: number) => number, topDecade: number): string {
  const out: string[] = [`<g class="panel" data-model="${model}">`];
  out.push(`<text x="${left + PANEL.width / 2}" y="${PANEL.top - 14}" text-anchor="middle" font-size="14" font-weight="bold">${model} progress</text>`);
  for (let decade = Math.log10(MIN_MS); decade <= topDecade; decade++) {
    const ms = 10 ** decade;
    const gy = y(ms);
    out.push(`<line x1="${left}" y1="${gy}" x2="${left + PANEL.width}" y2="${gy}" stroke="#e2e8f0"/>`);
    out.push(`<text x="${left - 6}" y="${gy + 4}" text-anchor="end" font-size="11" fill="#4a5568">${msLabel(ms)}</text>`);
  }
  out.push(`<line x1="${left}" y1="${PANEL.bottom}" x2="${left + PANEL.width}" y2="${PANEL.bottom}" stroke="#4a5568"/>`);
  const bands = [...new Set(rows.map((r) => r.band))];
  const groupWidth = PANEL.width / Math.max(bands.length, 1);
  bands.forEach((band, b) => {
    const centre = left + groupWidth * (b + 0.5);
    out.push(`<text x="${round(centre)}" y="${PANEL.bottom + 18}" text-anchor="middle" font-size="12">${escapeXml(band)}</text>`);
    const policies = WAIT_POLICY_NAMES.filter((p) => rows.some((r) => r.band === band && r.policy === p));
    const span = policies.length * BAR_WIDTH + (policies.length - 1) * BAR_GAP;
    policies.forEach((policy, p) => {
      const row = rows.find((r) => r.band === band && r.policy === policy)!;
      out.push(bar(row, round(centre - span / 2 + p * (BAR_WIDTH + BAR_GAP)), y));
    });
  });
  out.push("</g>");
  return out.join("\n");
}

function bar(row: WaitRow, x: number, y: (ms: number) => number): string {
  const style = POLICY_STYLE[row.policy];
  const middle = round(x + BAR_WIDTH / 2);
  if (!Number.isFinite(row.overshootMedianMs)) {
    return `<text x="${middle}" y="${PANEL.bottom - 4}" text-anchor="middle" font-size="10" fill="${style.colour}">n/a</text>`;
  }
  const top = y(row.overshootMedianMs);
  const out = [
    `<rect class="bar" data-policy="${row.policy}" data-band="${escapeXml(row.band)}" data-median-ms="${Math.round(row.overshootMedianMs)}" ` +
      `x="${x}" y="${top}" width="${BAR_WIDTH}" height="${round(PANEL.bottom - top)}" fill="${style.colour}">` +
      `<title>${escapeXml(`${row.model}, ${row.band}, ${row.policy}: median ${Math.round(row.overshootMedianMs)} ms, p90 ${Math.round(row.overshootP90Ms)} ms, ${row.getsMedian} GETs (median)`)}</title></rect>`,
  ];
  let labelY = top;
  if (Number.isFinite(row.overshootP90Ms) && row.overshootP90Ms > row.overshootMedianMs) {
    const p90 = y(row.overshootP90Ms);
    out.push(`<line x1="${middle}" y1="${top}" x2="${middle}" y2="${p90}" stroke="#1a202c"/>`);
    out.push(`<line x1="${middle - 5}" y1="${p90}" x2="${middle + 5}" y2="${p90}" stroke="#1a202c"/>`);
    labelY = p90;
  }
  const target = row.targets?.overshoot;
  if (target && Number.isFinite(target.limit)) {
    const ty = y(target.limit);
    const colour = target.verdict === "PASS" ? PASS_COLOUR : MISS_COLOUR;
    out.push(
      `<line class="target" data-verdict="${target.verdict}" x1="${x - 3}" y1="${ty}" x2="${x + BAR_WIDTH + 3}" y2="${ty}" ` +
        `stroke="${colour}" stroke-width="2.5" stroke-dasharray="4 2"/>`,
    );
    labelY = Math.min(labelY, ty);
  }
  out.push(`<text x="${middle}" y="${round(labelY - 5)}" text-anchor="middle" font-size="9" fill="#1a202c">${Math.round(row.overshootMedianMs)}</text>`);
  return out.join("\n");
}

function legend(): string {
  const items = WAIT_POLICY_NAMES.map((policy, i) => {
    const x = 90 + i * 280;
    return (
      `<rect x="${x}" y="44" width="14" height="14" fill="${POLICY_STYLE[policy].colour}"/>` +
      `<text x="${x + 20}" y="56" font-size="12">${escapeXml(POLICY_STYLE[policy].label)}</text>`
    );
  });
  return `<g class="legend">${items.join("")}</g>`;
}

/** One sentence per panel for readers that do not see the picture. */
function describe(rows: WaitRow[]): string {
  return (["linear", "jump"] as const)
    .map((model) => {
      const mine = rows.filter((r) => r.model === model);
      const bands = [...new Set(mine.map((r) => r.band))].map((band) => {
        const figures = WAIT_POLICY_NAMES.map((p) => mine.find((r) => r.band === band && r.policy === p))
          .filter((r): r is WaitRow => r !== undefined)
          .map((r) => `${r.policy} ${Number.isFinite(r.overshootMedianMs) ? `${Math.round(r.overshootMedianMs)} ms` : "n/a"}`);
        return `${band}: ${figures.join(", ")}`;
      });
      return `${model} progress, median overshoot: ${bands.join("; ")}.`;
    })
    .join(" ");
}

function msLabel(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
