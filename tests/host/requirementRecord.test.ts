import type { Pool } from "../../provider/toloka/types";
import { rejectionOf } from "../support/rejectionOf";
import { consumerProject, startHostWorld, type HostWorld } from "./hostFixture";
import { registerResources } from "./registerResources";
import { waitFor } from "./waitFor";

const NAMES = ["interrupted", "old", "new", "legacy", "legacynew", "migrated", "elsewhere"];
const RECORD_KEY = "pulumi_toloka_requirement";

/**
 * What a pool required before the stack survives any interruption and any order of the engine's
 * calls: the PUT that links the pool also writes, into the pool's own metadata, the earlier
 * requirement and which creation owns the link (provider/trainingRequirement/requirementRecord.ts;
 * issue 18 item 1, issue 19 item 1).
 */
describe("the record of a link, in the pool's metadata", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({
      resources: NAMES.map((name) => ({ name, kind: "TrainingRequirement" as const, args: { poolId: "1", trainingId: "1", passingSkillValue: 1 } })),
    });
  });
  afterAll(async () => w?.stop());

  /** A main pool that requires a legacy training Y at skill 60 before the stack exists, and a clone to link. */
  function seed(pool: Partial<Pool> = {}): { legacyId: string; cloneId: string; pool: Pool } {
    const legacy = w.emulator.addTraining({ project_id: w.projectId, private_name: "Legacy exam" });
    const clone = w.emulator.addTraining({ project_id: w.projectId, private_name: "Exam (clone)" });
    const main = w.emulator.addPool({
      project_id: w.projectId,
      private_name: "Main pool",
      quality_control: { training_requirement: { training_pool_id: legacy.id, training_passing_skill_value: 60 } },
      ...pool,
    });
    return { legacyId: legacy.id, cloneId: clone.id, pool: main };
  }

  const requirement = (poolId: string) => w.emulator.pool(poolId)?.quality_control?.training_requirement;
  const nonGets = () => w.emulator.requests.filter((r) => r.method !== "GET");

  test("1. a create whose PUT landed but whose answers were lost records nothing; the next create takes the earlier requirement from the pool, and destroy gives it back", async () => {
    const { legacyId, cloneId, pool } = seed({ status: "CLOSED" });
    const { urn, inputs } = w.declare("interrupted", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    const checked = (await w.host.check(urn, {}, inputs)).inputs;
    w.emulator.inject({ route: "pools.update", fault: { kind: "lost", after: "hang" } });
    const first = rejectionOf(w.host.create(urn, checked));
    await waitFor(() => w.emulator.requests.some((r) => r.route === "pools.update"));
    // The PUT is applied and its answer hangs; every later answer about the pool is lost too.
    w.emulator.inject({ route: "pools.update", times: Infinity, fault: { kind: "lost", after: 503 } });
    w.emulator.inject({ route: "pools.get", times: Infinity, fault: { kind: "status", status: 503 } });
    const error = await first;
    w.emulator.clearFaults();
    expect(error.initFailure).toBeUndefined();
    expect(requirement(pool.id)).toEqual({ training_pool_id: cloneId, training_passing_skill_value: 80 });

    const again = await w.host.create(urn, checked);
    expect(again.properties.previousRequirement).toEqual({ trainingId: legacyId, passingSkillValue: 60 });
    expect(w.host.log).toContain(`pool ${pool.id} carries the record of an earlier TrainingRequirement creation`);

    await w.host.delete(urn, again.id, again.properties);
    expect(requirement(pool.id)).toEqual({ training_pool_id: legacyId, training_passing_skill_value: 60 });
    expect(w.emulator.pool(pool.id)?.metadata).toEqual({});
  });

  test("19.1 a replacement created before the old one is deleted (a rename, or deleteBeforeReplace: false): the old delete leaves the pool alone, the last destroy gives the earlier requirement back", async () => {
    const { legacyId, cloneId, pool } = seed();
    const old = await w.up("old", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    expect(w.emulator.pool(pool.id)?.metadata?.[RECORD_KEY]).toEqual([
      `owner ${old.state.creationId}`,
      `linked ${cloneId}`,
      `before ${legacyId} 60`,
    ]);

    // The engine's order: create the new one, then (at the end of the up) delete the old one.
    const replacement = await w.up("new", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    expect(replacement.state.previousRequirement).toEqual({ trainingId: legacyId, passingSkillValue: 60 });
    expect(replacement.state.creationId).not.toBe(old.state.creationId);
    w.emulator.clearRequests();
    await w.host.delete(old.urn, old.id, old.state);
    expect(nonGets()).toEqual([]);
    expect(w.emulator.pool(pool.id)).toMatchObject({ status: "OPEN", quality_control: { training_requirement: { training_pool_id: cloneId } } });
    expect(w.host.log).toContain(`pool ${pool.id}: another TrainingRequirement creation (${String(replacement.state.creationId)}`);

    await w.host.delete(replacement.urn, replacement.id, replacement.state);
    expect(w.emulator.pool(pool.id)).toMatchObject({
      status: "OPEN",
      quality_control: { training_requirement: { training_pool_id: legacyId, training_passing_skill_value: 60 } },
    });
    expect(w.emulator.pool(pool.id)?.metadata?.[RECORD_KEY]).toBeUndefined();
  });

  test("a state written by 0.1.0 (no creationId) on a pool without a record: delete gives back the recorded previousRequirement", async () => {
    const { legacyId, cloneId, pool } = seed();
    const { urn, id, state } = await w.up("legacy", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    const { creationId: _none, ...legacyState } = state;
    w.emulator.updatePool(pool.id, { metadata: {} });
    await w.host.delete(urn, id, legacyState);
    expect(requirement(pool.id)).toEqual({ training_pool_id: legacyId, training_passing_skill_value: 60 });
  });

  test("a 0.1.0 state replaced delete-first (the default): the new resource records the real earlier requirement", async () => {
    const { legacyId, cloneId, pool } = seed();
    const { urn, id, state } = await w.up("legacy", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    const { creationId: _none, ...legacyState } = state;
    w.emulator.updatePool(pool.id, { metadata: {} });
    await w.host.delete(urn, id, legacyState);
    const replacement = await w.up("legacynew", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    expect(replacement.state.previousRequirement).toEqual({ trainingId: legacyId, passingSkillValue: 60 });
    expect(requirement(pool.id)?.training_pool_id).toBe(cloneId);
  });

  test("a 0.1.0 state gets its creationId and the pool its record at the next update that edits the pool", async () => {
    const { legacyId, cloneId, pool } = seed();
    const next = w.emulator.addTraining({ project_id: w.projectId });
    const { urn, id, state, inputs } = await w.up("migrated", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    const { creationId: _none, ...legacyState } = state;
    w.emulator.updatePool(pool.id, { metadata: {} });
    const updated = await w.host.update(urn, id, legacyState, { ...inputs, trainingId: next.id });
    expect(updated.properties).toMatchObject({ previousRequirement: { trainingId: legacyId, passingSkillValue: 60 }, creationId: expect.any(String) });
    expect(w.emulator.pool(pool.id)?.metadata?.[RECORD_KEY]).toEqual([`owner ${String(updated.properties.creationId)}`, `linked ${next.id}`, `before ${legacyId} 60`]);
    await w.host.delete(urn, id, updated.properties);
    expect(requirement(pool.id)).toEqual({ training_pool_id: legacyId, training_passing_skill_value: 60 });
  });

  test("a pool re-pointed by hand keeps the link someone gave it; a stale record is not taken for the truth by a later create", async () => {
    const { cloneId, pool } = seed();
    const { urn, id, state } = await w.up("elsewhere", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    const other = w.emulator.addTraining({ project_id: w.projectId });
    w.emulator.updatePool(pool.id, { quality_control: { training_requirement: { training_pool_id: other.id, training_passing_skill_value: 5 } } });
    w.emulator.clearRequests();
    await w.host.delete(urn, id, state);
    expect(nonGets()).toEqual([]);
    expect(requirement(pool.id)).toEqual({ training_pool_id: other.id, training_passing_skill_value: 5 });
    const later = await w.up("elsewhere", { poolId: pool.id, trainingId: cloneId, passingSkillValue: 80 });
    expect(later.state.previousRequirement).toEqual({ trainingId: other.id, passingSkillValue: 5 });
  });
});

describe("registering a TrainingRequirement", () => {
  const registered = registerResources(consumerProject(), [
    { name: "default", kind: "TrainingRequirement", args: { poolId: "7", trainingId: "1", passingSkillValue: 80 } },
    { name: "createFirst", kind: "TrainingRequirement", args: { poolId: "8", trainingId: "1", passingSkillValue: 80 }, opts: { deleteBeforeReplace: false } },
  ]);

  test("deleteBeforeReplace is true unless the program says otherwise", () => {
    expect(registered.find((r) => r.name === "default")?.deleteBeforeReplace).toBe(true);
    expect(registered.find((r) => r.name === "createFirst")?.deleteBeforeReplace).toBe(false);
  });
});
