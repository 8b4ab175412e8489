import { expectSuccess } from "./PulumiRun";
import { startE2eWorld, type E2eWorld } from "./e2eWorld";
import type { RunningPulumi } from "./PulumiWorkspace";

/** Resolves once the running command printed something matching `pattern`. */
function printed(running: RunningPulumi, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const look = () => {
      if (pattern.test(running.output())) resolve();
      else if (running.child.exitCode !== null) reject(new Error(`pulumi exited before printing ${pattern}:\n${running.output()}`));
      else if (Date.now() - started > timeoutMs) reject(new Error(`pulumi did not print ${pattern} in ${timeoutMs} ms:\n${running.output()}`));
      else setTimeout(look, 100);
    };
    look();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The clones the state holds, by id. */
async function stateCloneIds(world: E2eWorld): Promise<string[]> {
  return (await world.workspace.resourcesOf("ClonedTraining")).filter((r) => !r.delete).map((r) => String(r.id));
}

/** Interrupted and failed runs, then the next `up`: every clone in the state, none twice. */
describe("interrupted and failed runs under the real Pulumi CLI", () => {
  describe("5. a failure mid-create, then up again", () => {
    let world: E2eWorld;
    beforeAll(async () => {
      world = await startE2eWorld();
    });
    afterAll(async () => world?.stop());

    test("the first up records the clone as a partial creation and says so; the next up finishes it: one clone, named, required by the pool", async () => {
      world.emulator.inject({ route: "trainings.update", method: "PUT", times: 1, fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      const failed = await world.workspace.run(["up", "--yes", "--non-interactive"]);
      expect(failed.code).not.toBe(0);
      expect(failed.output).toMatch(/Cloned training \d+ was created, but finishing it failed/);
      expect(world.clones()).toHaveLength(1);
      const cloneId = world.clones()[0].id;
      expect(await stateCloneIds(world)).toEqual([cloneId]);

      expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));
      expect(world.clones().map((t) => t.id)).toEqual([cloneId]);
      expect(world.emulator.training(cloneId)?.private_name).toBe("Exam training (dev)");
      expect(world.emulator.training(cloneId)?.metadata?.pulumi_toloka_resource?.[0]).toMatch(/^urn:pulumi:dev::/);
      expect(world.poolRequires()).toBe(cloneId);
      expectSuccess(await world.workspace.run(["preview", "--expect-no-changes", "--non-interactive"]));
    });
  });

  describe("6. Ctrl-C while the clone operation runs", () => {
    let world: E2eWorld;
    beforeEach(async () => {
      world = await startE2eWorld({ emulator: { operationDurationMs: 15_000 } });
    });
    afterEach(async () => world?.stop());

    test("one Ctrl-C: the engine waits for the clone in flight and records it", async () => {
      const up = world.workspace.start(["up", "--yes", "--non-interactive"]);
      await printed(up, /clone of training \d+: operation \S+ (PENDING|RUNNING)/);
      up.child.kill("SIGINT");
      const run = await up.result;
      expect(run.code).not.toBe(0);
      expect(world.clones()).toHaveLength(1);
      expect(await stateCloneIds(world)).toEqual([world.clones()[0].id]);
    });

    test("two Ctrl-Cs kill the provider; the next up ends with exactly one clone, the state's", async () => {
      const up = world.workspace.start(["up", "--yes", "--non-interactive"]);
      await printed(up, /clone of training \d+: operation \S+ (PENDING|RUNNING)/);
      up.child.kill("SIGINT");
      await sleep(1000);
      up.child.kill("SIGINT");
      const run = await up.result;
      expect(run.code).not.toBe(0);
      // The clone operation finishes in Toloka whatever happened to the run.
      while (world.emulator.operations().some((op) => op.status === "PENDING" || op.status === "RUNNING")) await sleep(500);
      expect(world.clones()).toHaveLength(1);
      const pending = (await world.workspace.state()).pendingOperations;

      const next = expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));
      const said = next.output.split("\n").filter((line) => /pending/i.test(line));
      expect(next.output).toMatch(/taking over training \d+: clone operation \S+ of training \d+/);
      expect(world.liveClones()).toHaveLength(1);
      expect(await stateCloneIds(world)).toEqual([world.liveClones()[0].id]);
      expect(world.poolRequires()).toBe(world.liveClones()[0].id);

      // The engine keeps its pending CREATE until told: the resource is in the state, so clearing it is safe.
      const left = (await world.workspace.state()).pendingOperations;
      const clear = left.length > 0 ? expectSuccess(await world.workspace.run(["refresh", "--yes", "--non-interactive", "--clear-pending-creates"])) : undefined;
      process.stdout.write(
        `after two Ctrl-Cs: pending operations ${JSON.stringify(pending.map((p) => p.type))}; the next up said:\n${said.join("\n")}\n` +
          `pending after it: ${left.length}${clear ? "; refresh --clear-pending-creates exit 0" : ""}\n`,
      );
      expect((await world.workspace.state()).pendingOperations).toEqual([]);
      expect(world.liveClones()).toHaveLength(1);
      expect(await stateCloneIds(world)).toEqual([world.liveClones()[0].id]);
      expectSuccess(await world.workspace.run(["preview", "--expect-no-changes", "--non-interactive"]));
    });
  });
});
