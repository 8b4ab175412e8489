import fetch from "node-fetch";
import { waitFor } from "./waitFor";
import { consumerProject, startHostWorld, type HostWorld } from "./hostFixture";
import { cleanEnv, ProviderHost } from "./ProviderHost";

/**
 * A create that timed out, or whose host was killed, while its clone operation ran: the next
 * `up` (a new host process, as the engine starts one per run) takes the clone that operation
 * made instead of cloning again. One clone per resource, none outside the state.
 */
describe("a clone left by an interrupted create", () => {
  let w: HostWorld;
  const later: ProviderHost[] = [];
  beforeAll(async () => {
    w = await startHostWorld({ resources: ["slow", "killed", "touched"].map((name) => ({ name })) });
  });
  afterAll(async () => {
    for (const host of later) await host.stop();
    await w?.stop();
  });

  async function nextRun(): Promise<ProviderHost> {
    const host = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv() });
    await host.configure({ "toloka:apiKey": w.emulator.apiKey, "toloka:baseUrl": w.emulator.baseUrl, "toloka:timeScale": "0.01" });
    later.push(host);
    return host;
  }
  const cloneOps = () => w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE");
  const cloneOf = (opId: string) => String(w.emulator.operations().find((o) => o.id === opId)?.details?.training_id);

  test("after a timeout: the next up takes the clone the operation made, and clones nothing", async () => {
    w.emulator.setOptions({ operationDurationMs: 1_500 });
    const { urn, inputs } = w.declare("slow", { privateName: "Slow exam", operationTimeoutSeconds: 0.5 });
    const checked = await w.host.check(urn, {}, inputs);
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    w.emulator.setOptions({ operationDurationMs: 120 });
    expect(error.message).toMatch(/did not finish/);
    expect(error.message).toMatch(/the next `pulumi up` of this resource takes that training instead of cloning again/);
    expect(error.initFailure).toBeUndefined();
    const [op] = cloneOps();
    await waitFor(() => cloneOps()[0].status === "SUCCESS");

    const run = await nextRun();
    const created = await run.create(urn, checked.inputs);
    expect(cloneOps()).toHaveLength(1);
    expect(created.id).toBe(cloneOf(op.id));
    expect(created.properties).toMatchObject({ actualPrivateName: "Slow exam", cloneOperationId: op.id });
    expect(w.emulator.training(created.id)?.metadata?.pulumi_toloka_resource).toEqual([urn]);
    expect(run.log).toContain(`taking over training ${created.id}: clone operation ${op.id}`);
  });

  test("after the host was killed while the clone ran: the next up waits for it and takes it", async () => {
    // Long enough that the operation still runs when the next run's host has started, on a loaded machine too.
    w.emulator.setOptions({ operationDurationMs: 5_000 });
    const before = cloneOps().length;
    const { urn, inputs } = w.declare("killed", {});
    const checked = await w.host.check(urn, {}, inputs);
    const dying = w.host.create(urn, checked.inputs).catch((e) => e);
    await waitFor(() => cloneOps().length === before + 1);
    await w.host.stop();
    expect(await dying).toBeInstanceOf(Error);
    const op = cloneOps()[before];
    expect(op.status).not.toBe("SUCCESS");

    const run = await nextRun();
    const created = await run.create(urn, checked.inputs);
    w.emulator.setOptions({ operationDurationMs: 120 });
    expect(cloneOps()).toHaveLength(before + 1);
    expect(created.id).toBe(cloneOf(op.id));
    expect(run.log).toContain(`clone operation ${op.id} of training ${w.sourceId}`);
    expect(run.log).toContain("is still running: waiting for it");
  });

  test("a clone someone touched, or one another run marked, is never taken: the create clones", async () => {
    const run = await nextRun();
    const before = cloneOps().length;
    // Two clones of the source made by hand through the API: one renamed, one carrying a marker.
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(`${w.emulator.baseUrl}/api/v1/trainings/${w.sourceId}/clone`, {
        method: "POST",
        headers: { Authorization: `ApiKey ${w.emulator.apiKey}` },
      });
      expect(answer.status).toBe(202);
    }
    await waitFor(() => cloneOps().slice(before).every((o) => o.status === "SUCCESS") && cloneOps().length === before + 2);
    const [renamed, marked] = cloneOps().slice(before).map((o) => cloneOf(o.id));
    w.emulator.updateTraining(renamed, { private_name: "Kept by a person" });
    w.emulator.updateTraining(marked, { metadata: { pulumi_toloka_resource: ["urn:pulumi:other::p::t::x"] } });

    const { urn, inputs } = w.declare("touched", {});
    const created = await run.create(urn, (await run.check(urn, {}, inputs)).inputs);
    expect([renamed, marked]).not.toContain(created.id);
    expect(cloneOps()).toHaveLength(before + 3);
    expect(w.emulator.training(renamed)?.private_name).toBe("Kept by a person");
  });
});
