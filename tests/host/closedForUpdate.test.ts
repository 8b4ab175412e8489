import type { Pool } from "../../provider/toloka/types";
import { rejectionOf } from "../support/rejectionOf";
import { startHostWorld, type HostWorld } from "./hostFixture";
import { waitFor } from "./waitFor";

const POOLS = ["p2", "p3", "p4empty", "p4closed", "p5", "p5lost"];
const TRAININGS = ["t2", "t3", "t5"];

/**
 * The one edit path (provider/runtime/editWhileClosed.ts) on an object someone else runs: it
 * opens only what it closed, edits the object as it is after the close, checks the status each
 * action ends in, and reopens, on the next `up`, what it left closed (issue 18, items 2 to 5).
 */
describe("close for update, edit, open again: on objects that others touch too", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({
      resources: [
        ...POOLS.map((name) => ({ name, kind: "TrainingRequirement" as const, args: { poolId: "1", trainingId: "1", passingSkillValue: 1 } })),
        ...TRAININGS.map((name) => ({ name })),
      ],
    });
  });
  afterAll(async () => w?.stop());

  function seed(pool: Partial<Pool> = {}): { trainingId: string; otherTrainingId: string; pool: Pool } {
    const training = w.emulator.addTraining({ project_id: w.projectId, private_name: "Exam (clone)" });
    const other = w.emulator.addTraining({ project_id: w.projectId, private_name: "Exam (next clone)" });
    const main = w.emulator.addPool({ project_id: w.projectId, private_name: "Main pool", ...pool });
    return { trainingId: training.id, otherTrainingId: other.id, pool: main };
  }

  /** The requests that change an object, as "METHOD /suffix status". */
  function edits(kind: "pools" | "trainings", id: string): string[] {
    const prefix = `/api/v1/${kind}/${id}`;
    return w.emulator.requests
      .filter((r) => r.path.startsWith(prefix) && r.method !== "GET")
      .map((r) => `${r.method} ${r.path.slice(prefix.length) || "/"} ${r.status}`);
  }

  const requested = (route: string, id: string) => () => w.emulator.requests.some((r) => r.route === route && r.path.includes(`/${id}`));

  describe("a main pool (TrainingRequirement)", () => {
    test("2. a pool someone closed between the provider's read and its close-for-update (204) is linked and left CLOSED", async () => {
      const { trainingId, pool } = seed();
      w.emulator.clearRequests();
      w.emulator.inject({ route: "pools.closeForUpdate", fault: { kind: "delay", ms: 300 } });
      const { urn, inputs } = w.declare("p2", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const checked = await w.host.check(urn, {}, inputs);
      const creating = w.host.create(urn, checked.inputs);
      await waitFor(requested("pools.closeForUpdate", pool.id));
      w.emulator.updatePool(pool.id, { status: "CLOSED", last_close_reason: "MANUAL" });
      const created = await creating;
      expect(edits("pools", pool.id)).toEqual(["POST /close-for-update 204", "PUT / 200"]);
      expect(w.emulator.pool(pool.id)).toMatchObject({
        status: "CLOSED",
        last_close_reason: "MANUAL",
        quality_control: { training_requirement: { training_pool_id: trainingId } },
      });
      expect(created.properties).toMatchObject({ poolStatus: "CLOSED", actualTrainingId: trainingId });
      expect(w.host.log).toContain(`pool ${pool.id} was closed by someone else`);
    });

    test("3. a PATCH of priority made while the pool is being closed for the update is kept", async () => {
      const { trainingId, pool } = seed({ priority: 10 });
      w.emulator.inject({ route: "pools.closeForUpdate", fault: { kind: "delay", ms: 300 } });
      const { urn, inputs } = w.declare("p3", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const creating = w.host.create(urn, (await w.host.check(urn, {}, inputs)).inputs);
      await waitFor(requested("pools.closeForUpdate", pool.id));
      const patched = await fetch(`${w.emulator.baseUrl}/api/v1/pools/${pool.id}`, {
        method: "PATCH",
        headers: { Authorization: `ApiKey ${w.emulator.apiKey}`, "Content-Type": "application/json" },
        body: JSON.stringify({ priority: 42 }),
      });
      expect(patched.status).toBe(200);
      await creating;
      expect(w.emulator.pool(pool.id)).toMatchObject({
        status: "OPEN",
        priority: 42,
        quality_control: { training_requirement: { training_pool_id: trainingId } },
      });
    });

    test("4. a pool without tasks cannot be opened again: the error says so, what is in place, and what to do", async () => {
      const { trainingId, pool } = seed();
      w.emulator.setPoolHasTasks(pool.id, false);
      const error = await rejectionOf(w.up("p4empty", { poolId: pool.id, trainingId, passingSkillValue: 80 }));
      expect(error.message).toContain(`Toloka refuses to open pool ${pool.id}: it holds no tasks (409 EMPTY_POOL)`);
      expect(error.message).toMatch(/upload tasks to it/);
      expect(error.message).not.toContain("the next `pulumi up` opens it again");
      expect(w.emulator.pool(pool.id)).toMatchObject({ status: "CLOSED", quality_control: { training_requirement: { training_pool_id: trainingId } } });
      expect(error.initFailure?.properties).toMatchObject({ actualTrainingId: trainingId, poolStatus: "CLOSED" });
    });

    test("4. a pool that is CLOSED again right after the provider opened it: the run fails, naming the status", async () => {
      const { trainingId, otherTrainingId, pool } = seed();
      const { urn, id, state, inputs } = await w.up("p4closed", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      w.emulator.clearRequests();
      const updating = w.host.update(urn, id, state, { ...inputs, trainingId: otherTrainingId }).then(
        () => undefined,
        (e) => e,
      );
      await waitFor(requested("pools.open", pool.id));
      w.emulator.inject({ route: "pools.get", fault: { kind: "delay", ms: 400 } });
      await waitFor(() => w.emulator.pool(pool.id)?.status === "OPEN");
      w.emulator.updatePool(pool.id, { status: "CLOSED", last_close_reason: "MANUAL" });
      const error = await updating;
      expect(error).toBeInstanceOf(Error);
      expect(error.message).toContain(`Pool ${pool.id} is CLOSED (last_close_reason MANUAL) after the provider opened it again`);
      expect(error.message).toContain("it now requires training");
    });

    test("5. a reopen that fails after the PUT landed: the error says the next `up` opens it, and the next `up` does", async () => {
      const { trainingId, otherTrainingId, pool } = seed();
      const { urn, id, state, inputs } = await w.up("p5", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      const news = { ...inputs, trainingId: otherTrainingId };
      w.emulator.inject({ route: "pools.open", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      const error = await rejectionOf(w.host.update(urn, id, state, news));
      expect(error.message).toContain(`Pool ${pool.id} is edited (it now requires training ${otherTrainingId} (passing skill 80)), but opening it again failed`);
      expect(error.message).toContain("the next `pulumi up` opens it again");
      expect(w.emulator.pool(pool.id)).toMatchObject({ status: "CLOSED", last_close_reason: "FOR_UPDATE" });

      // A refresh in between, then the next up: the engine still sees a change, and the update opens the pool.
      const refreshed = await w.host.read(urn, id, state, inputs);
      expect(await w.host.diff(urn, id, refreshed.properties, news)).toMatchObject({ changes: true, replaces: [] });
      w.emulator.clearRequests();
      const updated = await w.host.update(urn, id, refreshed.properties, news);
      expect(edits("pools", pool.id)).toEqual(["POST /open 202"]);
      expect(w.emulator.pool(pool.id)?.status).toBe("OPEN");
      expect(updated.properties).toMatchObject({ poolStatus: "OPEN", actualTrainingId: otherTrainingId });
    });

    test("5. a PUT whose answers were all lost but which landed: the pool is OPEN again and the run says so truthfully", async () => {
      const { trainingId, pool } = seed();
      w.emulator.inject({ route: "pools.update", times: 6, fault: { kind: "lost", after: 503 } });
      const { state } = await w.up("p5lost", { poolId: pool.id, trainingId, passingSkillValue: 80 });
      expect(w.emulator.pool(pool.id)).toMatchObject({ status: "OPEN", quality_control: { training_requirement: { training_pool_id: trainingId } } });
      expect(state).toMatchObject({ poolStatus: "OPEN", actualTrainingId: trainingId });
      expect(w.host.log).not.toContain(`pool ${pool.id}: the edit failed, and the pool is OPEN again, unchanged`);
    });
  });

  describe("a clone (ClonedTraining)", () => {
    test("2. a clone someone closed between the provider's read and its close-for-update is renamed and left CLOSED", async () => {
      const { urn, id, state, inputs } = await w.up("t2", { privateName: "Before" });
      w.emulator.setTrainingStatus(id, "OPEN");
      w.emulator.clearRequests();
      w.emulator.inject({ route: "trainings.closeForUpdate", trainingId: id, fault: { kind: "delay", ms: 300 } });
      const updating = w.host.update(urn, id, state, { ...inputs, privateName: "After" });
      await waitFor(requested("trainings.closeForUpdate", id));
      w.emulator.updateTraining(id, { status: "CLOSED", last_close_reason: "MANUAL" });
      const updated = await updating;
      expect(edits("trainings", id)).toEqual(["POST /close-for-update 204", "PUT / 200"]);
      expect(w.emulator.training(id)).toMatchObject({ status: "CLOSED", last_close_reason: "MANUAL", private_name: "After" });
      expect(updated.properties).toMatchObject({ status: "CLOSED", actualPrivateName: "After" });
    });

    test("3. a change made while the clone is being closed for the update is kept", async () => {
      const { urn, id, state, inputs } = await w.up("t3", { privateName: "Before" });
      w.emulator.setTrainingStatus(id, "OPEN");
      w.emulator.inject({ route: "trainings.closeForUpdate", trainingId: id, fault: { kind: "delay", ms: 300 } });
      const updating = w.host.update(urn, id, state, { ...inputs, privateName: "After" });
      await waitFor(requested("trainings.closeForUpdate", id));
      w.emulator.updateTraining(id, { public_instructions: "Edited by a person meanwhile" });
      await updating;
      expect(w.emulator.training(id)).toMatchObject({ status: "OPEN", private_name: "After", public_instructions: "Edited by a person meanwhile" });
    });

    test("5. a reopen that fails after the PUT landed: the error says the next `up` opens it, and the next `up` does", async () => {
      const { urn, id, state, inputs } = await w.up("t5", { privateName: "Before" });
      w.emulator.setTrainingStatus(id, "OPEN");
      const news = { ...inputs, privateName: "After" };
      w.emulator.inject({ route: "trainings.open", trainingId: id, fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      const error = await rejectionOf(w.host.update(urn, id, state, news));
      expect(error.message).toContain(`Training ${id} is edited, but opening it again failed`);
      expect(error.message).toContain("the next `pulumi up` opens it again");
      expect(w.emulator.training(id)).toMatchObject({ status: "CLOSED", last_close_reason: "FOR_UPDATE", private_name: "After" });

      const refreshed = await w.host.read(urn, id, state, inputs);
      expect(await w.host.diff(urn, id, refreshed.properties, news)).toMatchObject({ changes: true, replaces: [] });
      w.emulator.clearRequests();
      const updated = await w.host.update(urn, id, refreshed.properties, news);
      expect(edits("trainings", id)).toEqual(["POST /open 202"]);
      expect(w.emulator.training(id)?.status).toBe("OPEN");
      expect(updated.properties).toMatchObject({ status: "OPEN", actualPrivateName: "After" });
    });
  });
});
