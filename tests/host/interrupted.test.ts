import { waitFor } from "./waitFor";
import { consumerProject, startHostWorld, type HostWorld } from "./hostFixture";
import { cleanEnv, ProviderHost } from "./ProviderHost";

/** A deployment killed mid-create: the next `up` adopts the clone instead of making a second one. */
describe("an interrupted up", () => {
  let w: HostWorld;
  let second: ProviderHost | undefined;
  beforeAll(async () => {
    w = await startHostWorld({ resources: [{ name: "interrupted" }, { name: "neighbour" }] });
  });
  afterAll(async () => {
    await second?.stop();
    await w?.stop();
  });

  test("the provider process dies after the clone is marked; the next create adopts that clone", async () => {
    const { urn, inputs } = w.declare("interrupted", { privateName: "Adopted" });
    const checked = await w.host.check(urn, {}, inputs);
    // The PUT that writes the marker is applied, but its answer never comes: the process is killed meanwhile.
    w.emulator.inject({ route: "trainings.update", fault: { kind: "lost", after: "hang" } });
    const dying = w.host.create(urn, checked.inputs).catch((e) => e);
    await waitFor(() => w.emulator.requests.some((r) => r.route === "trainings.update"));
    await w.host.stop();
    expect(await dying).toBeInstanceOf(Error);
    const clones = () => w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE");
    expect(clones()).toHaveLength(1);
    const firstClone = String(clones()[0].details?.training_id);
    // Marked as this resource's, and "creating": create's last write never happened.
    expect(w.emulator.training(firstClone)?.metadata?.pulumi_toloka_resource).toEqual([`creating ${urn}`]);

    // A different resource of the same source is not fooled by the marker.
    second = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv() });
    await second.configure({ "toloka:apiKey": w.emulator.apiKey, "toloka:baseUrl": w.emulator.baseUrl, "toloka:timeScale": "0.01" });
    const neighbour = w.declare("neighbour", {});
    const neighbourCreated = await second.create(neighbour.urn, (await second.check(neighbour.urn, {}, neighbour.inputs)).inputs);
    expect(neighbourCreated.id).not.toBe(firstClone);

    const created = await second.create(urn, checked.inputs);
    expect(created.id).toBe(firstClone);
    expect(clones()).toHaveLength(2);
    expect(created.properties).toMatchObject({ trainingId: firstClone, actualPrivateName: "Adopted", cloneOperationId: "" });
    expect(second.log).toContain(`adopting training ${firstClone}`);
    expect(w.emulator.training(firstClone)?.metadata?.pulumi_toloka_resource).toEqual([urn]);
  });
});
