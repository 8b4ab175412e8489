import { expectSuccess } from "./PulumiRun";
import { startE2eWorld, type E2eWorld } from "./e2eWorld";
import { E2E_PROJECT } from "./PulumiWorkspace";

const CLONE_URN = `urn:pulumi:dev::${E2E_PROJECT}::pulumi-nodejs:dynamic/toloka:ClonedTraining::exam-training`;

/**
 * What the engine allows around the clone's dependent (the TrainingRequirement): a targeted
 * destroy and a `state delete`, as docs/cloned-training.md (Delete) says.
 */
describe("targeting the clone, under the real Pulumi CLI", () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startE2eWorld();
  });
  afterAll(async () => world?.stop());

  test("destroy --target the clone refuses while the requirement depends on it; --target-dependents deletes both, the pool gets its earlier requirement back", async () => {
    expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));
    const [clone] = world.clones();
    expect(world.poolRequires()).toBe(clone.id);

    const refused = await world.workspace.run(["destroy", "--yes", "--non-interactive", "--target", CLONE_URN]);
    process.stdout.write(`destroy --target <clone> exit ${refused.code}:\n${refused.output.split("\n").filter((l) => /error|depend/i.test(l)).join("\n")}\n`);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/--target-dependents/);
    expect(world.emulator.training(clone.id)?.status).not.toBe("ARCHIVED");
    expect(world.poolRequires()).toBe(clone.id);

    expectSuccess(await world.workspace.run(["destroy", "--yes", "--non-interactive", "--target", CLONE_URN, "--target-dependents"]));
    expect(world.emulator.training(clone.id)?.status).toBe("ARCHIVED");
    expect(world.poolRequires()).toBe(world.legacyTrainingId);
    expect(await world.workspace.resourcesOf("ClonedTraining")).toEqual([]);
    expect(await world.workspace.resourcesOf("TrainingRequirement")).toEqual([]);
  });

  test("state delete of the clone refuses while the requirement depends on it; with --target-dependents it drops both from the state and calls no provider", async () => {
    expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));
    const [clone] = world.liveClones();
    expect(world.poolRequires()).toBe(clone.id);

    const refused = await world.workspace.run(["state", "delete", CLONE_URN, "--yes"]);
    process.stdout.write(`state delete <clone> exit ${refused.code}:\n${refused.output}\n`);
    expect(refused.code).not.toBe(0);
    expect(await world.workspace.resourcesOf("ClonedTraining")).toHaveLength(1);

    world.emulator.clearRequests();
    expectSuccess(await world.workspace.run(["state", "delete", CLONE_URN, "--target-dependents", "--yes"]));
    expect(await world.workspace.resourcesOf("ClonedTraining")).toEqual([]);
    expect(await world.workspace.resourcesOf("TrainingRequirement")).toEqual([]);
    // Nothing reached Toloka: the pool still requires the clone, which is not archived.
    expect(world.emulator.requests).toEqual([]);
    expect(world.poolRequires()).toBe(clone.id);
    expect(world.emulator.training(clone.id)?.status).not.toBe("ARCHIVED");
  });
});
