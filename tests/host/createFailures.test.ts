import { startHostWorld, type HostWorld } from "./hostFixture";

/** Create's failure paths through the provider host: nothing leaks, nothing is lost. */
describe("create failures through the provider host", () => {
  let w: HostWorld;
  const names = ["fail", "emptylog", "timeout", "partial", "nosource", "ok"];
  beforeAll(async () => {
    w = await startHostWorld({ resources: names.map((name) => ({ name })) });
  });
  afterAll(async () => w?.stop());

  test("a clone operation that ends in FAIL is a clear error with its id and log; nothing is created", async () => {
    const before = w.emulator.trainings().length;
    w.emulator.inject({
      route: "trainings.clone",
      fault: {
        kind: "operation",
        outcome: "fail",
        log: [{ type: "TRAINING_CLONE", success: false, output: { message: "Source training has no tasks to copy" } }],
      },
    });
    const { urn, inputs } = w.declare("fail", {});
    const error = await w.host.create(urn, (await w.host.check(urn, {}, inputs)).inputs).catch((e) => e);
    const op = w.emulator.operations().find((o) => o.type === "TRAINING.CLONE" && o.status === "FAIL")!;
    expect(op).toBeDefined();
    expect(error.message).toContain(`operation ${op.id} (TRAINING.CLONE) failed`);
    expect(error.message).toContain("Source training has no tasks to copy");
    expect(error.initFailure).toBeUndefined();
    expect(w.emulator.trainings()).toHaveLength(before);
  });

  // The reference documents no log for training operations; the emulator's default log is empty.
  test("a clone that FAILs with an empty log: its id, type, parameters and what to check", async () => {
    w.emulator.inject({ route: "trainings.clone", fault: { kind: "operation", outcome: "fail" } });
    const { urn, inputs } = w.declare("emptylog", {});
    const error = await w.host.create(urn, (await w.host.check(urn, {}, inputs)).inputs).catch((e) => e);
    const op = w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE" && o.status === "FAIL").pop()!;
    expect(error.message).toContain(
      `Toloka operation ${op.id} (TRAINING.CLONE) failed. Parameters: {"training_id":"${w.sourceId}"}. Its log is empty: Toloka gave no reason`,
    );
    expect(error.message).toContain(`Check in Toloka that source training ${w.sourceId} still exists and is not ARCHIVED or LOCKED`);
  });

  test("an operation that never finishes times out with its id, status and progress", async () => {
    w.emulator.inject({ route: "trainings.clone", fault: { kind: "operation", outcome: "hang" } });
    const { urn, inputs } = w.declare("timeout", { operationTimeoutSeconds: 1 });
    const checked = await w.host.check(urn, {}, inputs);
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    const op = w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE").pop()!;
    expect(error.message).toMatch(new RegExp(`operation ${op.id}.*RUNNING.*\\d+%`, "s"));
    expect(error.message).toMatch(/operationTimeoutSeconds/);
    expect(error.initFailure).toBeUndefined();
  });

  test("a failure after the clone exists is a partial creation: Pulumi records the clone", async () => {
    w.emulator.inject({ route: "trainings.update", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    const { urn, inputs } = w.declare("partial", { privateName: "Will not stick" });
    const checked = await w.host.check(urn, {}, inputs);
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    const clone = w.emulator.trainings().pop()!;
    expect(error.initFailure?.id).toBe(clone.id);
    expect(error.message).toContain(`Cloned training ${clone.id} was created, but finishing it failed`);
    expect(error.initFailure?.properties).toMatchObject({ trainingId: clone.id, sourceTrainingId: w.sourceId, endpoint: w.emulator.baseUrl });
    expect(error.initFailure?.properties.__provider).toBe(checked.inputs.__provider);

    // The next `up` updates the recorded clone into shape.
    const state = error.initFailure!.properties;
    expect((await w.host.diff(urn, clone.id, state, checked.inputs)).changes).toBe(true);
    const updated = await w.host.update(urn, clone.id, state, checked.inputs);
    expect(updated.properties.actualPrivateName).toBe("Will not stick");
    expect(w.emulator.training(clone.id)?.private_name).toBe("Will not stick");
  });

  test("a source that does not exist is a clear error and nothing is cloned", async () => {
    const { urn, inputs } = w.declare("nosource", { sourceTrainingId: "999999" });
    const checked = await w.host.check(urn, {}, inputs);
    w.emulator.clearRequests();
    await expect(w.host.create(urn, checked.inputs)).rejects.toThrow(
      `Source training 999999 does not exist behind ${w.emulator.baseUrl}: check sourceTrainingId`,
    );
    expect(w.emulator.requests.filter((r) => r.route === "trainings.clone")).toEqual([]);
  });

  test("read, update and delete refuse a clone recorded behind another endpoint", async () => {
    const { urn, id, state, inputs } = await w.up("ok", {});
    const elsewhere = { ...state, endpoint: "https://toloka.dev" };
    const expected = `it was created behind https://toloka.dev, but the provider is configured for ${w.emulator.baseUrl}`;
    await expect(w.host.read(urn, id, elsewhere, inputs)).rejects.toThrow(expected);
    await expect(w.host.update(urn, id, elsewhere, { ...inputs, privateName: "x" })).rejects.toThrow(expected);
    await expect(w.host.delete(urn, id, elsewhere)).rejects.toThrow(expected);
    expect(w.emulator.training(id)?.status).toBe("CLOSED");
  });
});
