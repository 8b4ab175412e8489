import { waitFor } from "./waitFor";
import { startHostWorld, type HostWorld } from "./hostFixture";

/**
 * A second Ctrl-C of `pulumi up`: the engine sends SIGINT to the provider host's process group and
 * kills it 5 s later (pulumi/pulumi sdk/go/common/resource/plugin/plugin.go). The host starts no
 * new clone, names the clone operations it leaves running, and exits within the grace.
 */
describe.each(["SIGINT", "SIGTERM"] as const)("the provider host on %s", (signal) => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({
      resources: [{ name: "running" }, { name: "queued" }],
      emulator: { operationDurationMs: 20_000 },
      // One clone per hour: the second create waits for a pacing slot.
      config: { "toloka:cloneRateLimit": "1", "toloka:cloneRateWindowSeconds": "3600" },
    });
  });
  afterAll(async () => w?.stop());

  test("starts no new clone, names the running operation, and exits with the signal's code", async () => {
    const running = w.declare("running", {});
    const queued = w.declare("queued", {});
    const first = w.host.create(running.urn, (await w.host.check(running.urn, {}, running.inputs)).inputs).catch((e) => e);
    await waitFor(() => w.emulator.operations().some((o) => o.type === "TRAINING.CLONE"));
    const second = w.host.create(queued.urn, (await w.host.check(queued.urn, {}, queued.inputs)).inputs).catch((e) => e);
    await waitFor(() => /pacing .*waiting/.test(w.host.log));
    const [op] = w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE");

    // It exits by itself, with the signal's code, after STOP_GRACE_MS at most: not killed by it.
    const exit = await w.host.signal(signal);
    expect(exit).toEqual({ code: signal === "SIGINT" ? 130 : 143, signal: null });
    expect((await second).message).toMatch(new RegExp(`The provider is stopping \\(${signal}.*this clone was not started`));
    expect(await first).toBeInstanceOf(Error);
    expect(w.host.log).toContain(`stopping on ${signal}: no new clone is started; left running in Toloka: operation ${op.id} (clone of training ${w.sourceId})`);
    expect(w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE")).toHaveLength(1);
    expect(w.host.log).not.toContain(w.emulator.apiKey);
  });
});
