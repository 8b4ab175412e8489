import { consumerProject, startHostWorld, type HostWorld } from "./hostFixture";
import { REQUIREMENT_TYPE, urnOf } from "./ProviderHost";
import { registerResources } from "./registerResources";

/**
 * `ClonedTraining.get(name, id)` and `TrainingRequirement.get(name, id)`: a program reads an
 * existing object without managing it. Pulumi sends the read's properties (nothing but
 * `__provider`) to the provider's Read with the id; the engine neither updates nor deletes such a
 * resource. Here the registration comes from the packed package under Pulumi's mocks, and the
 * Read goes through Pulumi's provider host, as the engine sends it.
 */
describe("get: reading an existing object into the program", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({ resources: [{ name: "managed" }] });
  });
  afterAll(async () => w?.stop());

  function readRegistration(name: string, kind: "ClonedTraining" | "TrainingRequirement", id: string) {
    const [registered] = registerResources(consumerProject(), [{ name, kind, args: {}, get: id }]);
    return registered;
  }

  test("ClonedTraining.get reads a training made outside the stack: Toloka's view, nothing declared, nothing sent but GETs", async () => {
    const outside = w.emulator.addTraining({ project_id: w.projectId, private_name: "Made by hand", status: "OPEN" });
    const registered = readRegistration("seen", "ClonedTraining", outside.id);
    expect(registered.id).toBe(outside.id);
    // What the read sends: the provider, and no input, no marker.
    expect(Object.keys(registered.inputs)).toEqual(["__provider"]);

    w.emulator.clearRequests();
    const read = await w.host.read(urnOf("seen", registered.type), outside.id, registered.inputs, {});
    expect(read.id).toBe(outside.id);
    expect(read.properties).toMatchObject({
      trainingId: outside.id,
      projectId: w.projectId,
      status: "OPEN",
      actualPrivateName: "Made by hand",
      cloneOperationId: "",
      endpoint: w.emulator.baseUrl,
    });
    for (const key of ["sourceTrainingId", "privateName", "overrides", "actualOverrides", "__marker", "adoptTrainingId"]) {
      expect(read.properties).not.toHaveProperty(key);
    }
    expect(w.emulator.requests.every((r) => r.method === "GET")).toBe(true);
    expect(w.emulator.training(outside.id)).toMatchObject({ status: "OPEN", private_name: "Made by hand" });

    // A later refresh reads it again from what the state then holds.
    w.emulator.updateTraining(outside.id, { private_name: "Renamed by hand" });
    const again = await w.host.read(urnOf("seen", registered.type), outside.id, read.properties, read.inputs ?? {});
    expect(again.properties).toMatchObject({ actualPrivateName: "Renamed by hand", trainingId: outside.id });
  });

  test("ClonedTraining.get of a training the stack manages reads the same outputs", async () => {
    const { id, state } = await w.up("managed", { privateName: "Managed" });
    const registered = readRegistration("managed-seen", "ClonedTraining", id);
    const read = await w.host.read(urnOf("managed-seen", registered.type), id, registered.inputs, {});
    for (const key of ["trainingId", "projectId", "status", "actualPrivateName", "created", "endpoint"]) {
      expect(read.properties[key]).toEqual(state[key]);
    }
  });

  test.each([
    ["does not exist", () => "999999", /Cannot read training 999999 \(ClonedTraining\.get\): it does not exist behind http/],
    ["is ARCHIVED", () => w.emulator.addTraining({ project_id: w.projectId, status: "ARCHIVED" }).id, /Cannot read training \d+ \(ClonedTraining\.get\): it is ARCHIVED/],
  ])("a get of a training that %s fails, naming it (an empty read would pass silently with undefined outputs)", async (_what, target, message) => {
    const id = target();
    const registered = readRegistration(`missing-${id}`, "ClonedTraining", id);
    const error = await w.host.read(urnOf(`missing-${id}`, registered.type), id, registered.inputs, {}).catch((e) => e);
    expect(error.message).toMatch(message);
  });

  test("a refresh of a training read with get that is gone since drops it from the state, as for any resource", async () => {
    const outside = w.emulator.addTraining({ project_id: w.projectId });
    const registered = readRegistration("gone-later", "ClonedTraining", outside.id);
    const urn = urnOf("gone-later", registered.type);
    const read = await w.host.read(urn, outside.id, registered.inputs, {});
    w.emulator.deleteTraining(outside.id);
    expect((await w.host.read(urn, outside.id, read.properties, read.inputs ?? {})).id).toBe("");
  });

  test("TrainingRequirement.get reads a pool's requirement: the pool, its status and what it requires", async () => {
    const training = w.emulator.addTraining({ project_id: w.projectId });
    const pool = w.emulator.addPool({
      project_id: w.projectId,
      status: "OPEN",
      quality_control: { training_requirement: { training_pool_id: training.id, training_passing_skill_value: 75 } },
    });
    const registered = readRegistration("pool-seen", "TrainingRequirement", pool.id);
    expect(registered.type).toBe(REQUIREMENT_TYPE);
    expect(Object.keys(registered.inputs)).toEqual(["__provider"]);
    w.emulator.clearRequests();
    const read = await w.host.read(urnOf("pool-seen", REQUIREMENT_TYPE), pool.id, registered.inputs, {});
    expect(read.id).toBe(pool.id);
    expect(read.properties).toMatchObject({
      poolId: pool.id,
      poolStatus: "OPEN",
      actualTrainingId: training.id,
      actualPassingSkillValue: 75,
      previousRequirement: null,
      endpoint: w.emulator.baseUrl,
    });
    expect(read.properties).not.toHaveProperty("trainingId");
    expect(read.properties).not.toHaveProperty("passingSkillValue");
    expect(w.emulator.requests.every((r) => r.method === "GET")).toBe(true);
  });

  test("a get of a pool that does not exist fails, naming it", async () => {
    const registered = readRegistration("pool-missing", "TrainingRequirement", "999998");
    const error = await w.host.read(urnOf("pool-missing", REQUIREMENT_TYPE), "999998", registered.inputs, {}).catch((e) => e);
    expect(error.message).toMatch(/Cannot read the training requirement of pool 999998 \(TrainingRequirement\.get\): it does not exist behind http/);
  });
});
