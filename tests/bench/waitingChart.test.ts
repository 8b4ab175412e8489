import { DOMParser, type Element } from "@xmldom/xmldom";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DURATION_BANDS } from "./durationBands";
import type { WaitSample } from "./measureWaits";
import { summarizeWaits } from "./summarizeWaits";
import { waitingChartSvg, type WaitingChartInput } from "./waitingChart";
import { WAIT_POLICY_NAMES } from "./waitPolicies";
import { writeChart } from "./writeChart";

/** Section 1's chart, from a report made of known samples (no bench run): written, well-formed, and drawing those figures. */
describe("the waiting section's chart", () => {
  /** Overshoots per policy: ours small, the SDK's about half a second, AWS's seconds; larger in longer bands. */
  const OVERSHOOT_MS = { ours: 40, sdk: 450, aws: 4_000 } as const;
  const samples: WaitSample[] = [];
  for (const model of ["linear", "jump"] as const) {
    DURATION_BANDS.forEach((_band, b) => {
      for (const policy of WAIT_POLICY_NAMES) {
        for (let i = 0; i < 4; i++) {
          const overshootMs = OVERSHOOT_MS[policy] * (b + 1) + i * 10;
          samples.push({ model, band: b, policy, round: i % 2, durationMs: 300, overshootMs, gets: 2 });
        }
      }
    });
  }
  const report: WaitingChartInput = { seed: 42, operationsPerBand: 4, rows: summarizeWaits(samples) };
  const svg = waitingChartSvg(report);
  const parse = (text: string) =>
    new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(text, "image/svg+xml");

  test("is well-formed SVG with a title and a description a screen reader can read", () => {
    const doc = parse(svg);
    const root = doc.documentElement!;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
    expect(doc.getElementById("title")?.textContent).toBe("Median overshoot per duration band and policy, seed 42, 4 operations each");
    expect(doc.getElementById("desc")?.textContent).toContain("linear progress, median overshoot: 0.2-0.5 s: ours 55 ms, sdk 465 ms, aws 4015 ms;");
  });

  test("draws a bar per progress model, band and policy, with its median, taller for a larger overshoot (log scale)", () => {
    const bars = Array.from(parse(svg).getElementsByTagName("rect")).filter((r) => r.getAttribute("class") === "bar") as Element[];
    expect(bars).toHaveLength(2 * DURATION_BANDS.length * WAIT_POLICY_NAMES.length);
    expect(bars.map((b) => Number(b.getAttribute("data-median-ms")))).toEqual(report.rows.map((r) => Math.round(r.overshootMedianMs)));
    const height = (policy: string, band: string) =>
      Number(bars.find((b) => b.getAttribute("data-policy") === policy && b.getAttribute("data-band") === band)!.getAttribute("height"));
    expect(height("ours", "0.2-0.5 s")).toBeLessThan(height("sdk", "0.2-0.5 s"));
    expect(height("sdk", "0.2-0.5 s")).toBeLessThan(height("aws", "0.2-0.5 s"));
    // Log scale: heights differ by the logarithm of the ratio of the medians (55, 465 and 4015 ms).
    const [ours, sdk, aws] = ["ours", "sdk", "aws"].map((p) => height(p, "0.2-0.5 s"));
    expect((aws - sdk) / (sdk - ours)).toBeCloseTo(Math.log(4015 / 465) / Math.log(465 / 55), 1);
  });

  test("marks the target over each `ours` bar with its verdict", () => {
    const targets = Array.from(parse(svg).getElementsByTagName("line")).filter((l) => l.getAttribute("class") === "target") as Element[];
    expect(targets).toHaveLength(2 * DURATION_BANDS.length);
    expect(new Set(targets.map((t) => t.getAttribute("data-verdict")))).toEqual(new Set(["PASS"]));
  });

  test("a figure that could not be measured is shown as n/a, not drawn", () => {
    const rows = report.rows.map((r, i) => (i === 0 ? { ...r, overshootMedianMs: Number.NaN, overshootP90Ms: Number.NaN } : r));
    const doc = parse(waitingChartSvg({ ...report, rows }));
    const bars = Array.from(doc.getElementsByTagName("rect")).filter((r) => r.getAttribute("class") === "bar");
    expect(bars).toHaveLength(report.rows.length - 1);
    expect(Array.from(doc.getElementsByTagName("text")).some((t) => t.textContent === "n/a")).toBe(true);
  });

  test("writeChart writes it where the bench is told to", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-chart-"));
    try {
      const file = writeChart(path.join(dir, "docs", "bench"), "waiting.svg", svg);
      expect(file).toBe(path.join(dir, "docs", "bench", "waiting.svg"));
      expect(fs.readFileSync(file, "utf8")).toBe(svg);
      expect(() => parse(fs.readFileSync(file, "utf8"))).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
