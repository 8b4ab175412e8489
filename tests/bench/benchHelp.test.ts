import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BENCH_SECTIONS, DEFAULT_BENCH_OPTIONS } from "./BenchOptions";
import { envWithout, leftIn, runScript } from "../support/runScript";

/** `npm run bench -- --help` prints the sections and options and runs nothing. */
describe("the bench's command line", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-help-"));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("--help lists every section, says which is quick, lists every option with its default, and exits 0", async () => {
    const run = await runScript("tests/bench/run.ts", ["--outputDir", tmp, "--help"], envWithout({ TMPDIR: tmp }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run bench -- \[--<option> <value> \.\.\.\]\n/);
    for (const section of BENCH_SECTIONS) expect(run.stdout).toMatch(new RegExp(`^  ${section} +\\d\\. `, "m"));
    expect(run.stdout).toMatch(/^ {2}waiting +1\. [^\n]*\n?[^\n]*The quick one/m);
    for (const name of Object.keys(DEFAULT_BENCH_OPTIONS)) expect(run.stdout).toMatch(new RegExp(`^  --${name} +\\S`, "m"));
    expect(run.stdout).toMatch(/^ {2}--fleetSize +.*\[60\]$/m);
    // Nothing ran: no seed line, no report, nothing packed.
    expect(run.stdout).not.toContain("pulumi-toloka benchmarks: seed");
    expect(leftIn(tmp)).toEqual([]);
  });

  test("-h too; an unknown option still exits 2 and points at --help", async () => {
    expect((await runScript("tests/bench/run.ts", ["-h"], envWithout({ TMPDIR: tmp }))).code).toBe(0);
    const wrong = await runScript("tests/bench/run.ts", ["--fleetsize", "3"], envWithout({ TMPDIR: tmp }));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown bench option "--fleetsize".*npm run bench -- --help/);
    expect(leftIn(tmp)).toEqual([]);
  });
});
