import { startHostWorld, type HostWorld } from "./hostFixture";
import { urnOf } from "./ProviderHost";

/** The whole lifecycle through Pulumi's real provider host, over gRPC, against the emulator. */
describe("ClonedTraining through the provider host", () => {
  let w: HostWorld;
  const names = ["main", "drift", "stateonly", "replace", "deleted"];
  beforeAll(async () => {
    w = await startHostWorld({ resources: names.map((name) => ({ name })) });
  });
  afterAll(async () => w?.stop());

  test("create clones the source, names the clone and records every output", async () => {
    const before = w.emulator.trainings().length;
    const { id, state } = await w.up("main", { privateName: "Exam (prod)", overrides: { retry_training_after_days: 1 } });
    expect(w.emulator.trainings()).toHaveLength(before + 1);
    const clone = w.emulator.training(id)!;
    expect(clone.private_name).toBe("Exam (prod)");
    expect(clone.retry_training_after_days).toBe(1);
    expect(clone.public_instructions).toBe("Say whether each image is safe.");
    expect(clone.metadata?.pulumi_toloka_resource).toEqual([urnOf("main")]);
    expect(state).toMatchObject({
      sourceTrainingId: w.sourceId,
      privateName: "Exam (prod)",
      trainingId: id,
      projectId: w.projectId,
      status: "CLOSED",
      actualPrivateName: "Exam (prod)",
      actualOverrides: { retry_training_after_days: 1 },
      closeBeforeArchive: false,
      operationTimeoutSeconds: 600,
      endpoint: w.emulator.baseUrl,
    });
    expect(state.cloneOperationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof state.__provider).toBe("string");
    expect(w.host.log).toContain(`cloning training ${w.sourceId}`);
  });

  test("refresh and diff: no spurious diff; an outside rename shows and is put back by update", async () => {
    const { urn, id, state, inputs } = await w.up("drift", { privateName: "Declared name" });
    const same = await w.host.read(urn, id, state, inputs);
    expect(same.id).toBe(id);
    expect(await w.host.diff(urn, id, same.properties, inputs)).toEqual({ changes: false, replaces: [], deleteBeforeReplace: false });

    w.emulator.updateTraining(id, { private_name: "Renamed by hand" });
    const drifted = await w.host.read(urn, id, same.properties, inputs);
    expect(drifted.properties.actualPrivateName).toBe("Renamed by hand");
    // Refreshed inputs hold Toloka's value (so `ignoreChanges` keeps it); the program's value differs.
    expect(drifted.inputs?.privateName).toBe("Renamed by hand");
    const diff = await w.host.diff(urn, id, drifted.properties, inputs);
    expect(diff).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });

    const updated = await w.host.update(urn, id, drifted.properties, inputs);
    expect(w.emulator.training(id)?.private_name).toBe("Declared name");
    expect(updated.properties.actualPrivateName).toBe("Declared name");
    expect(updated.properties.trainingId).toBe(id);
    expect(updated.properties.endpoint).toBe(w.emulator.baseUrl);
  });

  test("a change of closeBeforeArchive or operationTimeoutSeconds updates the state only", async () => {
    const { urn, id, state, inputs } = await w.up("stateonly", {});
    const news = { ...inputs, closeBeforeArchive: true, operationTimeoutSeconds: 30 };
    const checked = await w.host.check(urn, state, news);
    expect(await w.host.diff(urn, id, state, checked.inputs)).toMatchObject({ changes: true, replaces: [] });
    w.emulator.clearRequests();
    const updated = await w.host.update(urn, id, state, checked.inputs);
    expect(w.emulator.requests).toEqual([]);
    expect(updated.properties).toMatchObject({ closeBeforeArchive: true, operationTimeoutSeconds: 30, trainingId: id, status: "CLOSED" });
  });

  test("a new sourceTrainingId replaces the clone (create before delete)", async () => {
    const { urn, id, state, inputs } = await w.up("replace", {});
    const other = w.emulator.addTraining({ project_id: w.projectId, private_name: "Another exam" });
    const diff = await w.host.diff(urn, id, state, { ...inputs, sourceTrainingId: other.id });
    expect(diff).toEqual({ changes: true, replaces: ["sourceTrainingId"], deleteBeforeReplace: false });
  });

  test("delete archives a CLOSED clone with no linked pool, and is idempotent", async () => {
    const { urn, id, state } = await w.up("deleted", {});
    await w.host.delete(urn, id, state);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
    await w.host.delete(urn, id, state);
    const gone = await w.host.read(urn, id, state, {});
    expect(gone.id).toBe("");
  });
});
