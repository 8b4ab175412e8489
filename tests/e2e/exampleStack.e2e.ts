import { expectSuccess } from "./PulumiRun";
import { LEGACY_SKILL, startE2eWorld, type E2eWorld } from "./e2eWorld";
import { E2E_PROJECT } from "./PulumiWorkspace";

const CLONE_URN = `urn:pulumi:dev::${E2E_PROJECT}::pulumi-nodejs:dynamic/toloka:ClonedTraining::exam-training`;
const REQUIREMENT_URN = `urn:pulumi:dev::${E2E_PROJECT}::pulumi-nodejs:dynamic/toloka:TrainingRequirement::main-pool-exam`;
const RENAMED = "Renamed by hand in Toloka";

/**
 * The example stack's lifecycle through the real Pulumi CLI and engine, against the emulator.
 * The steps run in order on one stack; each asserts what the emulator holds and what the CLI printed.
 */
describe("the example stack under the real Pulumi CLI", () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startE2eWorld();
  });
  afterAll(async () => {
    await world?.stop();
  });

  const stateClone = async () => {
    const clones = await world.workspace.resourcesOf("ClonedTraining");
    expect(clones).toHaveLength(1);
    return clones[0];
  };

  test("1. preview sends nothing; up makes one named clone, and the OPEN main pool requires it and is OPEN again", async () => {
    const preview = expectSuccess(await world.workspace.run(["preview", "--non-interactive"]));
    expect(preview.output).toMatch(/\+\s+pulumi-nodejs:dynamic\/toloka:ClonedTraining\s+exam-training\s+create/);
    expect(preview.output).toMatch(/\+\s+pulumi-nodejs:dynamic\/toloka:TrainingRequirement\s+main-pool-exam\s+create/);
    expect(world.emulator.requests).toEqual([]);

    const up = expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));
    expect(world.clones()).toHaveLength(1);
    const [clone] = world.clones();
    expect(clone.private_name).toBe("Exam training (dev)");
    expect((await stateClone()).id).toBe(clone.id);
    expect(world.poolRequires()).toBe(clone.id);
    expect(world.emulator.pool(world.poolId)?.status).toBe("OPEN");
    // 8. What the user sees: the provider's progress lines pass through the CLI.
    expect(up.output).toMatch(new RegExp(`\\[toloka\\] clone of training ${world.sourceId}: operation \\S+ RUNNING \\d+%`));
    expect(up.output).toContain(`[toloka] pool ${world.poolId} was briefly closed for the update, and is OPEN again`);
  });

  test("2. a rename in Toloka: refresh shows it, up repairs it, and preview --expect-no-changes passes", async () => {
    const cloneId = world.clones()[0].id;
    world.emulator.updateTraining(cloneId, { private_name: RENAMED });
    const refresh = expectSuccess(await world.workspace.run(["refresh", "--yes", "--non-interactive"]));
    expect(refresh.output).toMatch(/~\s+pulumi-nodejs:dynamic\/toloka:ClonedTraining\s+exam-training\s+update/);
    expect((await stateClone()).outputs?.actualPrivateName).toBe(RENAMED);

    const up = expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));
    expect(up.output).toMatch(/~\s+pulumi-nodejs:dynamic\/toloka:ClonedTraining\s+exam-training\s+updated/);
    expect(world.emulator.training(cloneId)?.private_name).toBe("Exam training (dev)");
    expectSuccess(await world.workspace.run(["preview", "--expect-no-changes", "--non-interactive"]));
  });

  test("3. rotation in one up: the new clone, then the pool re-pointed, then the old clone archived", async () => {
    const oldId = world.clones()[0].id;
    expectSuccess(await world.workspace.run(["config", "set", "sourceTrainingId", world.nextSourceId]));
    world.emulator.clearRequests();
    expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));

    const live = world.liveClones();
    expect(live).toHaveLength(1);
    const newId = live[0].id;
    expect(newId).not.toBe(oldId);
    expect(world.emulator.training(oldId)?.status).toBe("ARCHIVED");
    expect((await stateClone()).id).toBe(newId);
    expect(world.poolRequires()).toBe(newId);
    expect(world.emulator.pool(world.poolId)?.status).toBe("OPEN");

    const order = (method: string, path: string) => world.emulator.requests.findIndex((r) => r.method === method && r.path === path);
    const cloned = order("POST", `/api/v1/trainings/${world.nextSourceId}/clone`);
    const repointed = order("PUT", `/api/v1/pools/${world.poolId}`);
    const archived = order("POST", `/api/v1/trainings/${oldId}/archive`);
    expect(cloned).toBeGreaterThanOrEqual(0);
    expect(repointed).toBeGreaterThan(cloned);
    expect(archived).toBeGreaterThan(repointed);
  });

  test("4a. up --replace of the clone: a new clone, the pool re-pointed, the old one archived", async () => {
    const oldId = world.liveClones()[0].id;
    const up = expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive", "--replace", CLONE_URN]));
    expect(up.output).toMatch(/\+-\s+pulumi-nodejs:dynamic\/toloka:ClonedTraining\s+exam-training\s+replaced/);
    const live = world.liveClones();
    expect(live).toHaveLength(1);
    expect(live[0].id).not.toBe(oldId);
    expect(world.emulator.training(oldId)?.status).toBe("ARCHIVED");
    expect((await stateClone()).id).toBe(live[0].id);
    expect(world.poolRequires()).toBe(live[0].id);
  });

  test("4b. up --replace of the requirement: the pool still requires the stack's clone, and still remembers what it required first", async () => {
    const cloneId = world.liveClones()[0].id;
    const up = expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive", "--replace", REQUIREMENT_URN]));
    expect(up.output).toMatch(/pulumi-nodejs:dynamic\/toloka:TrainingRequirement\s+main-pool-exam\s+replaced/);
    expect(world.poolRequires()).toBe(cloneId);
    expect(world.emulator.pool(world.poolId)?.status).toBe("OPEN");
    const [requirement] = await world.workspace.resourcesOf("TrainingRequirement");
    expect(requirement.outputs?.previousRequirement).toEqual({ trainingId: world.legacyTrainingId, passingSkillValue: LEGACY_SKILL });
    expectSuccess(await world.workspace.run(["preview", "--expect-no-changes", "--non-interactive"]));
  });

  test("7. destroy: the pool gets its earlier requirement back, the clone is archived, the stack is empty", async () => {
    const cloneId = world.liveClones()[0].id;
    expectSuccess(await world.workspace.run(["destroy", "--yes", "--non-interactive"]));
    expect(world.poolRequires()).toBe(world.legacyTrainingId);
    expect(world.emulator.pool(world.poolId)?.quality_control?.training_requirement?.training_passing_skill_value).toBe(LEGACY_SKILL);
    expect(world.emulator.pool(world.poolId)?.status).toBe("OPEN");
    expect(world.emulator.training(cloneId)?.status).toBe("ARCHIVED");
    expect(world.liveClones()).toEqual([]);
    const { resources } = await world.workspace.state();
    expect(resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"))).toEqual([]);
  });
});
