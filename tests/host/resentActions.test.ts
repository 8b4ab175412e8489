import { startHostWorld, type HostWorld } from "./hostFixture";

/**
 * A status action whose answer is lost is resent by the transport, and the resent copy meets
 * the first one still running: Toloka answers 409. The provider looks for that operation and
 * awaits it instead of failing (issue 10, rule 5).
 */
describe("a resent archive or close that meets its own running operation", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({ resources: ["archived", "closed"].map((name) => ({ name })) });
  });
  afterAll(async () => w?.stop());

  const statuses = (route: string, id: string) =>
    w.emulator.requests.filter((r) => r.route === route && r.path.includes(`/${id}/`)).map((r) => r.status);

  test("archive: the 409 is explained by the running archive, which is awaited; the clone is ARCHIVED", async () => {
    const { urn, id, state } = await w.up("archived", {});
    w.emulator.setOptions({ operationDurationMs: 1_500 });
    try {
      w.emulator.inject({ route: "trainings.archive", trainingId: id, fault: { kind: "lost", after: 500 } });
      await w.host.delete(urn, id, state);
    } finally {
      w.emulator.setOptions({ operationDurationMs: 120 });
    }
    expect(statuses("trainings.archive", id)).toEqual([500, 409]);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
    expect(w.host.log).toContain(`training ${id}: Toloka answered 409 to the archive while operation`);
  });

  test("close before archive: the same for the close", async () => {
    const { urn, id, state } = await w.up("closed", { closeBeforeArchive: true });
    w.emulator.setTrainingStatus(id, "OPEN");
    w.emulator.setOptions({ operationDurationMs: 1_500 });
    try {
      w.emulator.inject({ route: "trainings.close", trainingId: id, fault: { kind: "lost", after: 502 } });
      await w.host.delete(urn, id, state);
    } finally {
      w.emulator.setOptions({ operationDurationMs: 120 });
    }
    expect(statuses("trainings.close", id)).toEqual([502, 409]);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
  });
});

// fullApi.yaml, OperationViewV1: the schema's example operation id is 24 hex digits, not a UUID.
describe("operation ids that are not UUIDs", () => {
  test("clone, rename and archive work with 24-hex operation ids", async () => {
    const w = await startHostWorld({ resources: [{ name: "hex" }], emulator: { operationIds: "hex24" } });
    try {
      const { urn, id, state, inputs } = await w.up("hex", { privateName: "Hex ids" });
      expect(state.cloneOperationId).toMatch(/^[0-9a-f]{24}$/);
      w.emulator.setTrainingStatus(id, "OPEN");
      const updated = await w.host.update(urn, id, state, { ...inputs, privateName: "Hex ids, renamed while OPEN" });
      w.emulator.setTrainingStatus(id, "CLOSED");
      await w.host.delete(urn, id, updated.properties);
      expect(w.emulator.training(id)).toMatchObject({ status: "ARCHIVED", private_name: "Hex ids, renamed while OPEN" });
    } finally {
      await w.stop();
    }
  });
});
