/** Writes the run's figures as JSON, for comparing runs: `<outputDir>/latest.json` (git-ignored). */
import * as fs from "fs";
import * as path from "path";

/** Repository root: tests/bench is two levels down. */
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Returns the path written. NaN and Infinity (unmeasured figures) become null. */
export function writeReport(outputDir: string, report: unknown): string {
  const dir = path.resolve(REPO_ROOT, outputDir);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "latest.json");
  fs.writeFileSync(file, JSON.stringify(report, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? null : value), 2) + "\n");
  return file;
}
