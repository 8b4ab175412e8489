import { rejectionOf } from "../support/rejectionOf";
import { startHostWorld, type HostWorld } from "./hostFixture";

/**
 * What TrainingRequirement makes possible: rotating a clone and destroying a stack with no hand
 * work. The engine's order is played here by calling the host as the engine would (read from
 * pulumi/pulumi's step generator): a replacement creates the new clone first, then updates its
 * dependents, then deletes the old clone at the end of the `up`; a destroy deletes dependents first.
 */
describe("rotation and destroy of a clone linked to a main pool, through the provider host", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({
      resources: [
        { name: "exam" },
        { name: "link", kind: "TrainingRequirement", args: { poolId: "1", trainingId: "1", passingSkillValue: 80 } },
        { name: "unlinked" },
        { name: "exam2" },
        { name: "link2", kind: "TrainingRequirement", args: { poolId: "1", trainingId: "1", passingSkillValue: 80 } },
      ],
    });
  });
  afterAll(async () => w?.stop());

  test("a new source: new clone B, the pool re-pointed to B in place, old clone A archived; destroy gives the pool its earlier requirement back", async () => {
    const earlier = w.emulator.addTraining({ project_id: w.projectId, private_name: "Hand-made exam" });
    const pool = w.emulator.addPool({
      project_id: w.projectId,
      private_name: "Main pool",
      status: "OPEN",
      quality_control: { training_requirement: { training_pool_id: earlier.id, training_passing_skill_value: 60 } },
    });

    // up #1: the clone, then the requirement that depends on it (trainingId: clone.trainingId).
    const a = await w.up("exam", {});
    const link = await w.up("link", { poolId: pool.id, trainingId: a.id, passingSkillValue: 80 });
    expect(w.emulator.pool(pool.id)).toMatchObject({ status: "OPEN", quality_control: { training_requirement: { training_pool_id: a.id } } });

    // up #2, the program's source changed. Engine: check + diff the clone (replace), create B...
    const newSource = w.emulator.addTraining({ project_id: w.projectId, private_name: "Exam (template v2)" });
    const examNews = w.declare("exam", { sourceTrainingId: newSource.id }).inputs;
    const examChecked = await w.host.check(a.urn, a.inputs, examNews);
    expect(await w.host.diff(a.urn, a.id, a.state, examChecked.inputs)).toMatchObject({ replaces: ["sourceTrainingId"] });
    const b = await w.host.create(a.urn, examChecked.inputs);
    expect(b.id).not.toBe(a.id);
    // ...then the requirement, whose trainingId is now B's: an in-place update...
    const linkNews = (await w.host.check(link.urn, link.state, { ...link.inputs, trainingId: b.id })).inputs;
    expect(await w.host.diff(link.urn, link.id, link.state, linkNews)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
    const relinked = await w.host.update(link.urn, link.id, link.state, linkNews);
    expect(relinked.properties).toMatchObject({ actualTrainingId: b.id, poolStatus: "OPEN" });
    // ...and at the end of the same `up`, the old clone A is deleted: nothing links to it now.
    await w.host.delete(a.urn, a.id, a.state);
    expect(w.emulator.training(a.id)?.status).toBe("ARCHIVED");
    expect(w.emulator.pool(pool.id)).toMatchObject({
      status: "OPEN",
      quality_control: { training_requirement: { training_pool_id: b.id, training_passing_skill_value: 80 } },
    });
    expect(relinked.properties.previousRequirement).toEqual({ trainingId: earlier.id, passingSkillValue: 60 });

    // destroy: the requirement first (Pulumi deletes dependents first), then the clone.
    await w.host.delete(link.urn, link.id, relinked.properties);
    expect(w.emulator.pool(pool.id)).toMatchObject({
      status: "OPEN",
      quality_control: { training_requirement: { training_pool_id: earlier.id, training_passing_skill_value: 60 } },
    });
    await w.host.delete(a.urn, b.id, b.properties);
    expect(w.emulator.training(b.id)?.status).toBe("ARCHIVED");
    expect(w.emulator.training(earlier.id)?.status).toBe("CLOSED");
  });

  test("destroy of a pool that had no requirement before: the requirement is removed, then the clone archives", async () => {
    const pool = w.emulator.addPool({ project_id: w.projectId, private_name: "Fresh pool", status: "OPEN" });
    const clone = await w.up("exam2", {});
    const link = await w.up("link2", { poolId: pool.id, trainingId: clone.id, passingSkillValue: 90 });
    expect(link.state.previousRequirement).toBeNull();
    await w.host.delete(link.urn, link.id, link.state);
    await w.host.delete(clone.urn, clone.id, clone.state);
    expect(w.emulator.training(clone.id)?.status).toBe("ARCHIVED");
    expect(w.emulator.pool(pool.id)?.status).toBe("OPEN");
    expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement).toBeUndefined();
  });

  test("without the requirement resource, the same rotation still ends refused by the archive rule, naming the pool", async () => {
    const c = await w.up("unlinked", {});
    const pool = w.emulator.addPool({
      project_id: w.projectId,
      private_name: "Hand-linked pool",
      status: "OPEN",
      quality_control: { training_requirement: { training_pool_id: c.id, training_passing_skill_value: 70 } },
    });
    const error = await rejectionOf(w.host.delete(c.urn, c.id, c.state));
    expect(error.message).toContain(`pool ${pool.id} "Hand-linked pool" is OPEN. Nothing was changed.`);
    expect(w.emulator.training(c.id)?.status).toBe("CLOSED");
  });
});
