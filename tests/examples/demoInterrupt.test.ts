import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { descendantsOf, stillRunning } from "../../examples/demo/processTree";
import { builtPulumiVersion } from "../e2e/pulumiTools";
import { consumerProject } from "../host/hostFixture";
import { envWithout, leftIn, startScript, type ScriptRun } from "../support/runScript";

/**
 * The demo stopped halfway leaves nothing behind: not its temporary project folder, not the
 * provider host. Each run installs the tarball jest's global setup packed (PULUMI_TOLOKA_TARBALL),
 * so the checkout's dist/ is not rebuilt under the other tests, into a TMPDIR of its own, where
 * its folder can be seen.
 */
describe("the demo, stopped halfway", () => {
  const tarball = () => {
    const work = path.dirname(consumerProject());
    const name = fs.readdirSync(work).find((f) => f.endsWith(".tgz"));
    if (!name) throw new Error(`no tarball in ${work}`);
    return path.join(work, name);
  };
  let tmp: string;
  let started: number[] = [];
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "demo-stop-"));
  });
  afterEach(() => {
    // Should the demo leave a process behind, the test fails, and stops it itself.
    for (const pid of stillRunning(started)) process.kill(pid, "SIGKILL");
    started = [];
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Starts the demo and resolves once its output matches `ready` (default: its first step runs), with what it started by then. */
  async function demoAtFirstStep(args = ["--provider-host"], ready = /^1\. /m) {
    const env = envWithout({ TMPDIR: tmp, PULUMI_TOLOKA_TARBALL: tarball() });
    const { child, result } = startScript("examples/demo.ts", args, env);
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const look = setInterval(() => {
        if (ready.test(out)) {
          clearInterval(look);
          resolve();
        }
      }, 20);
      void result.then((r) => {
        clearInterval(look);
        reject(new Error(`the demo ended (${r.code ?? r.signal}) before its first step:\n${out}\n${r.stderr}`));
      });
    });
    started = descendantsOf(child.pid!);
    return { child, result, started, output: () => out };
  }

  function expectNothingLeft(run: ScriptRun, started: number[]): void {
    expect(leftIn(tmp)).toEqual([]);
    expect(stillRunning(started)).toEqual([]);
    expect(run.stderr).toMatch(/demo stopped \(.*\): stopping the processes it started and removing its temporary project/);
    expect(run.stderr).not.toContain("demo failed");
  }

  test.each<[NodeJS.Signals, number]>([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ])("%s: the temporary project is removed, the provider host stopped; exit %i", async (signal, code) => {
    const demo = await demoAtFirstStep();
    // What there is to clean up: its folder (the temporary project inside), and the host among its children.
    expect(leftIn(tmp)).toEqual([expect.stringMatching(/^pulumi-toloka-demo-/)]);
    expect(fs.readdirSync(path.join(tmp, leftIn(tmp)[0]))).toContainEqual(expect.stringMatching(/^pulumi-toloka-consumer-/));
    expect(demo.started.length).toBeGreaterThan(0);
    demo.child.kill(signal);
    const run = await demo.result;
    expect(run.code).toBe(code);
    expectNothingLeft(run, demo.started);
  }, 180_000);

  test("a closed output (`npm run demo | head`): the same clean-up, exit 0", async () => {
    const demo = await demoAtFirstStep();
    expect(leftIn(tmp)).toHaveLength(1);
    demo.child.stdout!.destroy();
    const run = await demo.result;
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("EPIPE: its output was closed");
    expectNothingLeft(run, demo.started);
  }, 180_000);

  // The CLI path needs the CLI (npm run pulumi:build); CI builds it before the e2e suite.
  (builtPulumiVersion() ? test : test.skip)("through the real Pulumi CLI, SIGINT during `pulumi up`: its processes and files are gone too", async () => {
    // The provider's first log line: the CLI, its language host and the provider host all run.
    const demo = await demoAtFirstStep([], /^1\. [^]*\[toloka\]/m);
    expect(started.length).toBeGreaterThan(2); // the CLI, its language host, the program or the provider host
    demo.child.kill("SIGINT");
    const run = await demo.result;
    expect(run.code).toBe(130);
    expectNothingLeft(run, started);
  }, 240_000);
});
