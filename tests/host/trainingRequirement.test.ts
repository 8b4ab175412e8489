import type { Pool } from "../../provider/toloka/types";
import { rejectionOf } from "../support/rejectionOf";
import { startHostWorld, type HostWorld } from "./hostFixture";

const REQUIREMENTS = ["open", "closed", "locked", "lockedlong", "same", "partial", "archivedpool", "missingpool", "archivedtraining", "otherproject"];
const LIFECYCLE = ["endpoint", "transient", "drift", "skill", "stateonly", "gone", "deleteprev", "deletenone", "deletearchivedprev", "deleteelsewhere", "deletegone"];

/** TrainingRequirement through Pulumi's real provider host, over gRPC, against the emulator. */
describe("TrainingRequirement through the provider host", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({
      resources: [...REQUIREMENTS, ...LIFECYCLE].map((name) => ({
        name,
        kind: "TrainingRequirement" as const,
        args: { poolId: "1", trainingId: "1", passingSkillValue: 80 },
      })),
    });
  });
  afterAll(async () => w?.stop());

  /** A training of the world's project to link to, and a main pool (OPEN unless told). */
  function seed(pool: Partial<Pool> = {}): { trainingId: string; pool: Pool } {
    const training = w.emulator.addTraining({ project_id: w.projectId, private_name: "Exam (clone)" });
    const main = w.emulator.addPool({ project_id: w.projectId, private_name: "Main pool", ...pool });
    return { trainingId: training.id, pool: main };
  }

  /** The requests that change the pool, as "METHOD /suffix status". */
  function poolEdits(poolId: string): string[] {
    const prefix = `/api/v1/pools/${poolId}`;
    return w.emulator.requests
      .filter((r) => r.path.startsWith(prefix) && r.method !== "GET")
      .map((r) => `${r.method} ${r.path.slice(prefix.length) || "/"} ${r.status}`);
  }

  const changesSent = () => w.emulator.requests.filter((r) => r.method !== "GET");

  describe("create", () => {
    test("an OPEN pool is closed for the update, linked with a PUT of the whole pool, and opened again", async () => {
      const { trainingId, pool } = seed({ public_description: "kept as it is", later_field: { added: "by Toloka" } });
      w.emulator.clearRequests();
      const { id, state } = await w.up("open", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      expect(id).toBe(pool.id);
      expect(poolEdits(pool.id)).toEqual(["POST /close-for-update 202", "PUT / 200", "POST /open 202"]);
      expect(w.emulator.pool(pool.id)).toMatchObject({
        status: "OPEN",
        public_description: "kept as it is",
        later_field: { added: "by Toloka" },
        quality_control: { training_requirement: { training_pool_id: trainingId, training_passing_skill_value: 80 } },
      });
      expect(state).toMatchObject({
        poolId: pool.id,
        trainingId,
        passingSkillValue: 80,
        operationTimeoutSeconds: 600,
        poolStatus: "OPEN",
        actualTrainingId: trainingId,
        actualPassingSkillValue: 80,
        previousRequirement: null,
        endpoint: w.emulator.baseUrl,
      });
      expect(typeof state.__provider).toBe("string");
      expect(JSON.stringify(state)).not.toContain(w.emulator.apiKey);
      expect(w.host.log).toContain(`pool ${pool.id} was briefly closed for the update, and is OPEN again`);
    });

    test("a CLOSED pool gets one PUT and stays CLOSED; its earlier requirement is recorded", async () => {
      const earlier = w.emulator.addTraining({ project_id: w.projectId, private_name: "Old exam" });
      const { trainingId, pool } = seed({
        status: "CLOSED",
        quality_control: { training_requirement: { training_pool_id: earlier.id, training_passing_skill_value: 60 } },
      });
      w.emulator.clearRequests();
      const { state } = await w.up("closed", { poolId: pool.id, trainingId, passingSkillValue: 75 });
      expect(poolEdits(pool.id)).toEqual(["PUT / 200"]);
      expect(w.emulator.pool(pool.id)?.status).toBe("CLOSED");
      expect(state).toMatchObject({ poolStatus: "CLOSED", previousRequirement: { trainingId: earlier.id, passingSkillValue: 60 } });
    });

    test("a LOCKED pool is waited out, then linked", async () => {
      const { trainingId, pool } = seed({ status: "LOCKED" });
      const unlock = setTimeout(() => w.emulator.setPoolStatus(pool.id, "CLOSED"), 600);
      try {
        await w.up("locked", { poolId: pool.id, trainingId, passingSkillValue: 70 });
      } finally {
        clearTimeout(unlock);
      }
      expect(w.host.log).toContain(`pool ${pool.id} is LOCKED; checking again`);
      expect(w.emulator.pool(pool.id)).toMatchObject({
        status: "CLOSED",
        quality_control: { training_requirement: { training_pool_id: trainingId } },
      });
    });

    test("a pool LOCKED for longer than the timeout fails clearly and changes nothing", async () => {
      const { trainingId, pool } = seed({ status: "LOCKED" });
      w.emulator.clearRequests();
      const error = await rejectionOf(w.up("lockedlong", { poolId: pool.id, trainingId, passingSkillValue: 70, operationTimeoutSeconds: 1 }));
      expect(error.message).toMatch(new RegExp(`Pool ${pool.id} is still LOCKED in Toloka after 1 s.*Nothing was changed.*raise operationTimeoutSeconds`));
      expect(changesSent()).toEqual([]);
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement).toBeUndefined();
    });

    test("a pool that already requires the training gets only the record of the link, and that requirement is recorded as the earlier one", async () => {
      const { trainingId, pool } = seed();
      w.emulator.updatePool(pool.id, { quality_control: { training_requirement: { training_pool_id: trainingId, training_passing_skill_value: 80 } } });
      w.emulator.clearRequests();
      const { state } = await w.up("same", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      // The record says which creation owns the link: without it, a resource this one replaces could take the link away.
      expect(poolEdits(pool.id)).toEqual(["POST /close-for-update 202", "PUT / 200", "POST /open 202"]);
      expect(w.emulator.pool(pool.id)?.metadata?.pulumi_toloka_requirement).toEqual([
        `owner ${String(state.creationId)}`,
        `linked ${trainingId}`,
        `before ${trainingId} 80`,
      ]);
      expect(state).toMatchObject({ poolStatus: "OPEN", actualTrainingId: trainingId, previousRequirement: { trainingId, passingSkillValue: 80 } });
    });

    test("a link that landed before a later step failed is recorded (partial creation) with the earlier requirement", async () => {
      const earlier = w.emulator.addTraining({ project_id: w.projectId });
      const { trainingId, pool } = seed({
        quality_control: { training_requirement: { training_pool_id: earlier.id, training_passing_skill_value: 50 } },
      });
      w.emulator.inject({ route: "pools.open", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      const error = await rejectionOf(w.up("partial", { poolId: pool.id, trainingId, passingSkillValue: 80 }));
      expect(error.message).toContain(`Pool ${pool.id} now requires training ${trainingId}, but finishing it failed`);
      expect(error.message).toContain("It is CLOSED now: the next `pulumi up` opens it again");
      expect(error.initFailure).toMatchObject({
        id: pool.id,
        properties: { actualTrainingId: trainingId, previousRequirement: { trainingId: earlier.id, passingSkillValue: 50 } },
      });
      expect(typeof error.initFailure.properties.__provider).toBe("string");
    });

    test.each([
      ["archivedpool", "an ARCHIVED pool", (p: Pool) => w.emulator.setPoolStatus(p.id, "ARCHIVED"), /Pool (\d+) "Main pool" is ARCHIVED.*nothing was changed/],
      ["missingpool", "a missing pool", undefined, /Pool 399999 does not exist behind .*Check poolId/],
    ] as const)("%s: %s is refused, naming it, and nothing is sent", async (name, _what, prepare, message) => {
      const { trainingId, pool } = seed();
      prepare?.(pool);
      w.emulator.clearRequests();
      const poolId = name === "missingpool" ? "399999" : pool.id;
      const error = await rejectionOf(w.up(name, { poolId, trainingId, passingSkillValue: 80 }));
      expect(String(error.message)).toMatch(message);
      if (name === "archivedpool") expect(error.message).toContain(`Pool ${pool.id}`);
      expect(changesSent()).toEqual([]);
    });

    test("an ARCHIVED training is refused before anything is sent", async () => {
      const { trainingId, pool } = seed();
      w.emulator.setTrainingStatus(trainingId, "ARCHIVED");
      w.emulator.clearRequests();
      const error = await rejectionOf(w.up("archivedtraining", { poolId: pool.id, trainingId, passingSkillValue: 80 }));
      expect(error.message).toContain(`Cannot make pool ${pool.id} require training ${trainingId}: training ${trainingId} is ARCHIVED. Nothing was changed.`);
      expect(changesSent()).toEqual([]);
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement).toBeUndefined();
    });

    test("a training of another project is refused before anything is sent", async () => {
      const { pool } = seed();
      const other = w.emulator.addProject({ public_name: "Other project" });
      const foreign = w.emulator.addTraining({ project_id: other.id });
      w.emulator.clearRequests();
      const error = await rejectionOf(w.up("otherproject", { poolId: pool.id, trainingId: foreign.id, passingSkillValue: 80 }));
      expect(error.message).toContain(
        `training ${foreign.id} belongs to project ${other.id}, and pool ${pool.id} to project ${w.projectId}. Nothing was changed.`,
      );
      expect(changesSent()).toEqual([]);
    });
  });

  describe("refresh, diff and update", () => {
    test("a pool re-pointed by hand shows on refresh, diff sees it, and update puts the declared training back", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      const { urn, id, state, inputs } = await w.up("drift", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const same = await w.host.read(urn, id, state, inputs);
      expect(same.id).toBe(id);
      expect(await w.host.diff(urn, id, same.properties, inputs)).toEqual({ changes: false, replaces: [], deleteBeforeReplace: false });

      const other = w.emulator.addTraining({ project_id: w.projectId });
      w.emulator.updatePool(pool.id, { quality_control: { training_requirement: { training_pool_id: other.id, training_passing_skill_value: 10 } } });

      const drifted = await w.host.read(urn, id, same.properties, inputs);
      expect(drifted.properties).toMatchObject({ actualTrainingId: other.id, actualPassingSkillValue: 10, trainingId });
      expect(drifted.inputs).toMatchObject({ trainingId, passingSkillValue: 80 });
      expect(await w.host.diff(urn, id, drifted.properties, inputs)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
      const repaired = await w.host.update(urn, id, drifted.properties, inputs);
      expect(repaired.properties).toMatchObject({ actualTrainingId: trainingId, actualPassingSkillValue: 80, previousRequirement: null });
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement).toEqual({
        training_pool_id: trainingId,
        training_passing_skill_value: 80,
      });
    });

    test("a new passingSkillValue is an in-place update; a new poolId replaces", async () => {
      const { trainingId, pool } = seed();
      const { urn, id, state, inputs } = await w.up("skill", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const news = { ...inputs, passingSkillValue: 90 };
      expect(await w.host.diff(urn, id, state, news)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
      expect(await w.host.diff(urn, id, state, { ...inputs, poolId: "300999" })).toEqual({
        changes: true,
        replaces: ["poolId"],
        deleteBeforeReplace: false,
      });
      w.emulator.clearRequests();
      const updated = await w.host.update(urn, id, state, news);
      expect(poolEdits(pool.id)).toEqual(["POST /close-for-update 202", "PUT / 200", "POST /open 202"]);
      expect(updated.properties).toMatchObject({ passingSkillValue: 90, actualPassingSkillValue: 90, poolStatus: "OPEN" });
    });

    test("a change of operationTimeoutSeconds updates the state only", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      const { urn, id, state, inputs } = await w.up("stateonly", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const checked = await w.host.check(urn, state, { ...inputs, operationTimeoutSeconds: 30 });
      expect(await w.host.diff(urn, id, state, checked.inputs)).toMatchObject({ changes: true, replaces: [] });
      w.emulator.clearRequests();
      const updated = await w.host.update(urn, id, state, checked.inputs);
      expect(w.emulator.requests).toEqual([]);
      expect(updated.properties).toMatchObject({ operationTimeoutSeconds: 30, actualTrainingId: trainingId, poolStatus: "CLOSED" });
    });

    test("a pool archived outside Pulumi leaves the state on refresh, and delete succeeds without a change", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      const { urn, id, state, inputs } = await w.up("gone", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      w.emulator.setPoolStatus(pool.id, "ARCHIVED");
      expect((await w.host.read(urn, id, state, inputs)).id).toBe("");
      w.emulator.clearRequests();
      await w.host.delete(urn, id, state);
      expect(changesSent()).toEqual([]);
    });
  });

  describe("shared rules", () => {
    test("a requirement recorded behind another endpoint is refused by refresh, update and delete, naming both", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      const { urn, id, state, inputs } = await w.up("endpoint", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const elsewhere = { ...state, endpoint: "https://sandbox.toloka.dev" };
      w.emulator.clearRequests();
      for (const call of [
        () => w.host.read(urn, id, elsewhere, inputs),
        () => w.host.update(urn, id, elsewhere, { ...inputs, passingSkillValue: 90 }),
        () => w.host.delete(urn, id, elsewhere),
      ]) {
        const error = await rejectionOf(call());
        expect(error.message).toMatch(
          new RegExp(`Cannot (refresh|update|delete) the training requirement of pool ${id}: it was created behind https://sandbox.toloka.dev, but the provider is configured for ${w.emulator.baseUrl.replace(/[.]/g, "\\.")}`),
        );
      }
      expect(w.emulator.requests).toEqual([]);
    });

    test("a transient failure of the pool's PUT is retried, and the pool is linked once", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      w.emulator.inject({ route: "pools.update", fault: { kind: "status", status: 503, code: "REMOTE_SERVICE_UNAVAILABLE" } });
      w.emulator.clearRequests();
      await w.up("transient", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      expect(poolEdits(pool.id)).toEqual(["PUT / 503", "PUT / 200"]);
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement?.training_pool_id).toBe(trainingId);
    });
  });

  describe("delete", () => {
    test("puts the earlier requirement back, through close-for-update when the pool is OPEN", async () => {
      const earlier = w.emulator.addTraining({ project_id: w.projectId, private_name: "Old exam" });
      const { trainingId, pool } = seed({
        status: "CLOSED",
        quality_control: { training_requirement: { training_pool_id: earlier.id, training_passing_skill_value: 60 } },
      });
      const { urn, id, state } = await w.up("deleteprev", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      w.emulator.setPoolStatus(pool.id, "OPEN");
      w.emulator.clearRequests();
      await w.host.delete(urn, id, state);
      expect(poolEdits(pool.id)).toEqual(["POST /close-for-update 202", "PUT / 200", "POST /open 202"]);
      expect(w.emulator.pool(pool.id)).toMatchObject({
        status: "OPEN",
        quality_control: { training_requirement: { training_pool_id: earlier.id, training_passing_skill_value: 60 } },
      });
    });

    test("removes the requirement when the pool had none before", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      const { urn, id, state } = await w.up("deletenone", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      await w.host.delete(urn, id, state);
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement).toBeUndefined();
      expect(w.host.log).toContain(`pool ${pool.id}: removing its training requirement (training ${trainingId})`);
    });

    test("removes the requirement when the earlier training is archived by now", async () => {
      const earlier = w.emulator.addTraining({ project_id: w.projectId });
      const { trainingId, pool } = seed({
        status: "CLOSED",
        quality_control: { training_requirement: { training_pool_id: earlier.id, training_passing_skill_value: 60 } },
      });
      const { urn, id, state } = await w.up("deletearchivedprev", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      w.emulator.setTrainingStatus(earlier.id, "ARCHIVED");
      await w.host.delete(urn, id, state);
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement).toBeUndefined();
      expect(w.host.log).toContain(`training ${earlier.id} is ARCHIVED), so the requirement is removed`);
    });

    test("a pool someone pointed elsewhere is left as it is", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      const { urn, id, state } = await w.up("deleteelsewhere", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const other = w.emulator.addTraining({ project_id: w.projectId });
      w.emulator.updatePool(pool.id, { quality_control: { training_requirement: { training_pool_id: other.id, training_passing_skill_value: 5 } } });
      w.emulator.clearRequests();
      await w.host.delete(urn, id, state);
      expect(changesSent()).toEqual([]);
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement?.training_pool_id).toBe(other.id);
    });

    test("a pool removed from Toloka deletes successfully", async () => {
      const { trainingId, pool } = seed({ status: "CLOSED" });
      const { urn, id, state, inputs } = await w.up("deletegone", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      w.emulator.deletePool(pool.id);
      expect((await w.host.read(urn, id, state, inputs)).id).toBe("");
      w.emulator.clearRequests();
      await w.host.delete(urn, id, state);
      expect(changesSent()).toEqual([]);
    });
  });
});
