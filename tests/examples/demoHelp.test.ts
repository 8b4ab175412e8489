import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { envWithout, leftIn, runScript } from "../support/runScript";

/** `npm run demo -- --help` prints the usage and runs nothing. */
describe("the demo's command line", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "demo-help-"));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test.each([["--help"], ["-h"], ["--provider-host", "--help"]])("%s prints the usage and exits 0, starting nothing", async (...args) => {
    // TMPDIR: the demo's temporary project would appear there.
    const run = await runScript("examples/demo.ts", args, envWithout({ TMPDIR: tmp }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run demo -- \[options\]\n/);
    expect(run.stdout).toContain("--provider-host   drive Pulumi's provider host even when the CLI is built");
    expect(run.stdout).not.toContain("Toloka emulator at");
    expect(run.stderr).toBe("");
    expect(leftIn(tmp)).toEqual([]);
  });

  test("an unknown option exits 2, quoting it, with the usage, starting nothing", async () => {
    const run = await runScript("examples/demo.ts", ["--provider-hots"], envWithout({ TMPDIR: tmp }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^unknown option "--provider-hots"\nusage: npm run demo/);
    expect(run.stdout).toBe("");
    expect(leftIn(tmp)).toEqual([]);
  });
});
