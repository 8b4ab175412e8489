import { startHostWorld, type HostWorld } from "./hostFixture";

/** `adoptTrainingId`: bringing an existing training under management (the way to import one). */
describe("adoptTrainingId", () => {
  let w: HostWorld;
  const names = ["adopter", "missing", "archived", "foreign", "again", "resourced"];
  beforeAll(async () => {
    w = await startHostWorld({ resources: names.map((name) => ({ name })) });
  });
  afterAll(async () => w?.stop());
  const cloneRequests = () => w.emulator.requests.filter((r) => r.route === "trainings.clone");

  test("create takes over the training instead of cloning, applies name, overrides and marker; later changes are state-only; delete archives it", async () => {
    const byHand = w.emulator.addTraining({ project_id: w.projectId, private_name: "Cloned by hand", metadata: { team: ["a"] } });
    w.emulator.clearRequests();
    const { urn, id, state, inputs } = await w.up("adopter", {
      adoptTrainingId: byHand.id,
      privateName: "Managed now",
      overrides: { retry_training_after_days: 2 },
    });
    expect(cloneRequests()).toEqual([]);
    expect(id).toBe(byHand.id);
    const training = w.emulator.training(id)!;
    expect(training).toMatchObject({ private_name: "Managed now", retry_training_after_days: 2 });
    expect(training.metadata).toEqual({ team: ["a"], pulumi_toloka_resource: [urn], pulumi_toloka_source: [w.sourceId] });
    expect(state).toMatchObject({ trainingId: id, adoptTrainingId: id, cloneOperationId: "", actualPrivateName: "Managed now" });

    const { adoptTrainingId: _removed, ...withoutAdopt } = inputs;
    const news = (await w.host.check(urn, state, withoutAdopt)).inputs;
    expect(await w.host.diff(urn, id, state, news)).toMatchObject({ changes: true, replaces: [] });
    w.emulator.clearRequests();
    const updated = await w.host.update(urn, id, state, news);
    expect(w.emulator.requests).toEqual([]);
    expect(updated.properties.adoptTrainingId).toBeUndefined();

    await w.host.delete(urn, id, updated.properties);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
  });

  test.each([
    ["does not exist", "missing", () => "999999", /Cannot adopt training 999999 \(adoptTrainingId\): it does not exist behind/],
    [
      "is ARCHIVED",
      "archived",
      () => w.emulator.addTraining({ project_id: w.projectId, status: "ARCHIVED" }).id,
      /Cannot adopt training \d+ \(adoptTrainingId\): it is ARCHIVED/,
    ],
    [
      "carries another resource's marker",
      "foreign",
      () =>
        w.emulator.addTraining({ project_id: w.projectId, metadata: { pulumi_toloka_resource: ["urn:pulumi:prod::other::x::y"] } }).id,
      /Cannot adopt training \d+ \(adoptTrainingId\): .*urn:pulumi:prod::other::x::y manages it.*remove the key pulumi_toloka_resource/,
    ],
  ])("a training that %s is refused, naming the id; nothing is sent but reads", async (_what, name, makeId, message) => {
    const target = makeId();
    const { urn, inputs } = w.declare(name, { adoptTrainingId: target });
    const checked = await w.host.check(urn, {}, inputs);
    expect(checked.failures).toEqual([]);
    const before = w.emulator.training(target);
    w.emulator.clearRequests();
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    expect(error.message).toMatch(message);
    expect(error.message).toContain("Nothing was changed");
    expect(error.initFailure).toBeUndefined();
    expect(w.emulator.requests.every((r) => r.method === "GET")).toBe(true);
    expect(w.emulator.training(target)).toEqual(before);
  });

  test("a bad adoptTrainingId fails check", async () => {
    const { urn, inputs } = w.declare("again", { adoptTrainingId: "abc" });
    const checked = await w.host.check(urn, {}, inputs);
    expect(checked.failures).toEqual([{ property: "adoptTrainingId", reason: expect.stringMatching(/must be the Toloka id of an existing training.*got a string of 3 characters$/) }]);
  });

  test("a new source while adoptTrainingId is still set fails check: the replacement would adopt and then archive the same training", async () => {
    const byHand = w.emulator.addTraining({ project_id: w.projectId });
    const { urn, state, inputs } = await w.up("resourced", { adoptTrainingId: byHand.id });
    const otherSource = w.emulator.addTraining({ project_id: w.projectId }).id;
    const checked = await w.host.check(urn, state, { ...inputs, sourceTrainingId: otherSource });
    expect(checked.failures).toEqual([
      { property: "adoptTrainingId", reason: expect.stringMatching(new RegExp(`still set to training ${byHand.id}.*Remove adoptTrainingId and run \`pulumi up\` first`)) },
    ]);
    // Without adoptTrainingId the new source passes, and replaces the resource.
    const { adoptTrainingId: _removed, ...withoutAdopt } = inputs;
    const next = await w.host.check(urn, state, { ...withoutAdopt, sourceTrainingId: otherSource });
    expect(next.failures).toEqual([]);
    expect((await w.host.diff(urn, byHand.id, state, next.inputs)).replaces).toContain("sourceTrainingId");
  });

  test("a training of this same resource (kept by retainOnDelete) is adopted again", async () => {
    const { urn, inputs } = w.declare("again", {});
    const kept = w.emulator.addTraining({ project_id: w.projectId, metadata: { pulumi_toloka_resource: [urn], pulumi_toloka_source: [w.sourceId] } });
    const checked = await w.host.check(urn, {}, { ...inputs, adoptTrainingId: kept.id });
    expect((await w.host.create(urn, checked.inputs)).id).toBe(kept.id);
  });
});
