/** Writes a chart of the run: `<chartsDir>/<name>` (docs/bench by default, embedded in docs/benchmarks.md). */
import * as fs from "fs";
import * as path from "path";

/** Repository root: tests/bench is two levels down. */
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Returns the path written. */
export function writeChart(chartsDir: string, name: string, svg: string): string {
  const dir = path.resolve(REPO_ROOT, chartsDir);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, svg);
  return file;
}
