import { rejectionOf } from "../support/rejectionOf";
import { startHostWorld, type HostWorld } from "./hostFixture";
import { urnOf } from "./ProviderHost";

/**
 * Toloka edits only a closed training (fullApi.yaml, /trainings/{id}/close-for-update), and the
 * emulator refuses a PUT of an OPEN one with 409: every PUT path closes it for the update, PUTs,
 * and opens it again.
 */
describe("editing an OPEN clone, through the provider host", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({ resources: ["rename", "drift", "refused", "unknown", "adopted", "partial"].map((name) => ({ name })) });
  });
  afterAll(async () => w?.stop());

  function editCalls(id: string): string[] {
    return w.emulator.requests
      .filter((r) => r.path.startsWith(`/api/v1/trainings/${id}`) && r.method !== "GET")
      .map((r) => `${r.method} ${r.path.slice(`/api/v1/trainings/${id}`.length) || "/"} ${r.status}`);
  }

  test("a rename closes it for update, PUTs, opens it again, and reports it OPEN", async () => {
    const { urn, id, state, inputs } = await w.up("rename", { privateName: "First name" });
    w.emulator.setTrainingStatus(id, "OPEN");
    w.emulator.clearRequests();
    const news = { ...inputs, privateName: "Second name" };
    const updated = await w.host.update(urn, id, state, news);
    expect(editCalls(id)).toEqual(["POST /close-for-update 202", "PUT / 200", "POST /open 202"]);
    expect(w.emulator.training(id)).toMatchObject({ status: "OPEN", private_name: "Second name", last_close_reason: "FOR_UPDATE" });
    expect(updated.properties).toMatchObject({ status: "OPEN", actualPrivateName: "Second name" });
    expect(w.host.log).toContain(`training ${id} was briefly closed for the update, and is OPEN again`);
  });

  test("drift repair of an OPEN clone puts the declared name back and leaves it OPEN", async () => {
    const { urn, id, state, inputs } = await w.up("drift", { privateName: "Declared", overrides: { retry_training_after_days: 2 } });
    w.emulator.updateTraining(id, { private_name: "Renamed by hand", retry_training_after_days: 9, status: "OPEN" });
    const drifted = await w.host.read(urn, id, state, inputs);
    const updated = await w.host.update(urn, id, drifted.properties, inputs);
    expect(w.emulator.training(id)).toMatchObject({ status: "OPEN", private_name: "Declared", retry_training_after_days: 2 });
    expect(updated.properties).toMatchObject({ status: "OPEN", actualOverrides: { retry_training_after_days: 2 } });
  });

  test("a refused PUT opens the training again, unchanged, and says so", async () => {
    const { urn, id, state, inputs } = await w.up("refused", { privateName: "Kept" });
    w.emulator.setTrainingStatus(id, "OPEN");
    w.emulator.inject({ route: "trainings.update", trainingId: id, fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    const error = await rejectionOf(w.host.update(urn, id, state, { ...inputs, privateName: "Refused" }));
    expect(String(error)).toContain(`Editing training ${id} failed while it was closed for the update; it is OPEN again, unchanged.`);
    expect(w.emulator.training(id)).toMatchObject({ status: "OPEN", private_name: "Kept" });
  });

  test("adoption of an OPEN clone left by an interrupted run: named while briefly closed, reported OPEN", async () => {
    const orphan = w.emulator.addTraining({
      project_id: w.projectId,
      status: "OPEN",
      private_name: "Exam (template)",
      metadata: { pulumi_toloka_resource: [`creating ${urnOf("adopted")}`], pulumi_toloka_source: [w.sourceId] },
    });
    const before = w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE").length;
    const { id, state } = await w.up("adopted", { privateName: "Adopted while open" });
    expect(id).toBe(orphan.id);
    expect(w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE")).toHaveLength(before);
    expect(w.emulator.training(id)).toMatchObject({ status: "OPEN", private_name: "Adopted while open" });
    expect(state).toMatchObject({ status: "OPEN", actualPrivateName: "Adopted while open" });
  });

  test("finishing a partial creation of a clone opened meanwhile: named while briefly closed, left OPEN", async () => {
    const { urn, inputs } = w.declare("partial", { privateName: "Finished later" });
    const checked = await w.host.check(urn, {}, inputs);
    w.emulator.inject({ route: "trainings.update", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    const id = error.initFailure?.id as string;
    expect(id).toMatch(/^\d+$/);
    w.emulator.setTrainingStatus(id, "OPEN");
    const finished = await w.host.update(urn, id, error.initFailure.properties, checked.inputs);
    expect(w.emulator.training(id)).toMatchObject({ status: "OPEN", private_name: "Finished later" });
    expect(finished.properties).toMatchObject({ status: "OPEN", actualPrivateName: "Finished later" });
  });

  test("a field this project does not know survives a rename (a PUT carries every parameter)", async () => {
    w.emulator.updateTraining(w.sourceId, { later_field: { added: "by Toloka" } });
    const { urn, id, state, inputs } = await w.up("unknown", { privateName: "With a later field" });
    expect(w.emulator.training(id)?.later_field).toEqual({ added: "by Toloka" });
    await w.host.update(urn, id, state, { ...inputs, privateName: "Renamed" });
    expect(w.emulator.training(id)).toMatchObject({ private_name: "Renamed", later_field: { added: "by Toloka" } });
  });
});
