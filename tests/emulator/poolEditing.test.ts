import type { Pool } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { call, get, put } from "./testClient";

describe("PUT /pools/{id} and the pool status actions", () => {
  let emulator: TolokaEmulator;
  let training: string;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 0, pendingMs: 0 });
    training = emulator.addTraining({ project_id: "7" }).id;
  });
  afterAll(() => emulator.close());

  const closedPool = (fields: Partial<Pool> = {}) => emulator.addPool({ project_id: "7", status: "CLOSED", private_name: "Main", ...fields });

  test("replaces the pool: read-only fields stay, what the body leaves out is reset, unknown fields kept", async () => {
    const p = closedPool({ private_comment: "old", later_field: [1] });
    const { private_comment: _dropped, ...rest } = p;
    const reply = await put<Pool>(emulator, `/pools/${p.id}`, { ...rest, id: "1", status: "OPEN", type: "TRAINING", private_name: "New" });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id: p.id, status: "CLOSED", type: p.type, created: p.created, private_name: "New", later_field: [1] });
    expect("private_comment" in reply.json).toBe(false);
    expect((await get<Pool>(emulator, `/pools/${p.id}`)).json).toEqual(reply.json);
  });

  test("an OPEN pool answers 409 and is not changed", async () => {
    const p = closedPool({ status: "OPEN" });
    const reply = await put(emulator, `/pools/${p.id}`, { ...p, private_name: "Nope" });
    expect(reply.status).toBe(409);
    expect(reply.json.payload).toEqual({ current_status: "OPEN", appropriate_statuses: ["CLOSED"] });
    expect(emulator.pool(p.id)!.private_name).toBe("Main");
  });

  test("a valid training requirement is stored", async () => {
    const p = closedPool();
    const requirement = { training_pool_id: training, training_passing_skill_value: 100 };
    const reply = await put<Pool>(emulator, `/pools/${p.id}`, { ...p, quality_control: { training_requirement: requirement } });
    expect(reply.status).toBe(200);
    expect(emulator.pool(p.id)!.quality_control).toEqual({ training_requirement: requirement });
  });

  // fullApi.yaml, schema TrainingRequirement: both fields required, the skill value an integer 0-100.
  test.each([
    ["a missing training", { training_pool_id: "999999", training_passing_skill_value: 50 }, "training_pool_id"],
    ["no training id", { training_passing_skill_value: 50 }, "training_pool_id"],
    ["a skill value of 101", { training_pool_id: "TRAINING", training_passing_skill_value: 101 }, "training_passing_skill_value"],
    ["a skill value of -1", { training_pool_id: "TRAINING", training_passing_skill_value: -1 }, "training_passing_skill_value"],
    ["no skill value", { training_pool_id: "TRAINING" }, "training_passing_skill_value"],
  ])("%s is a 400 naming the field", async (_name, requirement, field) => {
    const p = closedPool();
    const body = { ...p, quality_control: { training_requirement: JSON.parse(JSON.stringify(requirement).replace("TRAINING", training)) } };
    const reply = await put(emulator, `/pools/${p.id}`, body);
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.json.payload)).toEqual([`quality_control.training_requirement.${field}`]);
    expect(emulator.pool(p.id)!.quality_control?.training_requirement).toBeUndefined();
  });

  test("an ARCHIVED training cannot be required", async () => {
    const archived = emulator.addTraining({ project_id: "7", status: "ARCHIVED" }).id;
    const p = closedPool();
    const reply = await put(emulator, `/pools/${p.id}`, {
      ...p,
      quality_control: { training_requirement: { training_pool_id: archived, training_passing_skill_value: 70 } },
    });
    expect(reply.status).toBe(400);
    expect(reply.json.message).toContain("ARCHIVED");
  });

  test("close-for-update closes an OPEN pool with last_close_reason FOR_UPDATE (POOL.CLOSE); 204 when closed", async () => {
    const p = closedPool({ status: "OPEN" });
    const reply = await call(emulator, "POST", `/pools/${p.id}/close-for-update`);
    expect(reply.status).toBe(202);
    expect(reply.json).toMatchObject({ type: "POOL.CLOSE", parameters: { pool_id: p.id }, status: "SUCCESS" });
    expect(emulator.pool(p.id)).toMatchObject({ status: "CLOSED", last_close_reason: "FOR_UPDATE" });
    expect((await call(emulator, "POST", `/pools/${p.id}/close-for-update`)).status).toBe(204);
  });

  test("a pool closed for update and not opened again opens by itself after 15 minutes (fullApi.yaml)", async () => {
    const p = closedPool({ status: "OPEN" });
    await call(emulator, "POST", `/pools/${p.id}/close-for-update`);
    emulator.setOptions({ clockSkewMs: 14 * 60_000 });
    expect(emulator.pool(p.id)!.status).toBe("CLOSED");
    emulator.setOptions({ clockSkewMs: 15 * 60_000 + 1_000 });
    expect(emulator.pool(p.id)).toMatchObject({ status: "OPEN", last_close_reason: "FOR_UPDATE" });
    emulator.setOptions({ clockSkewMs: 0 });
  });

  test("archive needs a CLOSED pool; a LOCKED pool refuses every action", async () => {
    const p = closedPool({ status: "LOCKED" });
    for (const action of ["open", "close", "close-for-update", "archive"]) {
      expect((await call(emulator, "POST", `/pools/${p.id}/${action}`)).status).toBe(409);
    }
    expect((await put(emulator, `/pools/${p.id}`, p)).status).toBe(409);
    emulator.setPoolStatus(p.id, "CLOSED");
    expect((await call(emulator, "POST", `/pools/${p.id}/archive`)).json).toMatchObject({ type: "POOL.ARCHIVE", status: "SUCCESS" });
    expect(emulator.pool(p.id)!.status).toBe("ARCHIVED");
  });
});

describe("POST /trainings/{id}/close-for-update", () => {
  test("closes an OPEN training with a TRAINING.CLOSE operation and last_close_reason FOR_UPDATE", async () => {
    const emulator = await TolokaEmulator.start({ operationDurationMs: 0, pendingMs: 0 });
    try {
      const t = emulator.addTraining({ project_id: "7", status: "OPEN" });
      const reply = await call(emulator, "POST", `/trainings/${t.id}/close-for-update`);
      expect(reply.json).toMatchObject({ type: "TRAINING.CLOSE", parameters: { training_id: t.id }, status: "SUCCESS" });
      expect(emulator.training(t.id)).toMatchObject({ status: "CLOSED", last_close_reason: "FOR_UPDATE" });
      expect((await call(emulator, "POST", `/trainings/${t.id}/close-for-update`)).status).toBe(204);
    } finally {
      await emulator.close();
    }
  });
});

describe("an action while an earlier one on the same object runs", () => {
  test("answers 409 CONFLICT_STATE (what a resent request meets); clones of the training do not count", async () => {
    const emulator = await TolokaEmulator.start({ operationDurationMs: 60_000, pendingMs: 0 });
    try {
      const t = emulator.addTraining({ project_id: "7", status: "OPEN" });
      const p = emulator.addPool({ project_id: "7", status: "CLOSED" });
      expect((await call(emulator, "POST", `/trainings/${t.id}/clone`)).status).toBe(202);
      expect((await call(emulator, "POST", `/trainings/${t.id}/close`)).status).toBe(202);
      for (const action of ["close", "close-for-update", "archive"]) {
        const reply = await call(emulator, "POST", `/trainings/${t.id}/${action}`);
        expect([action, reply.status, reply.json?.code]).toEqual([action, 409, "CONFLICT_STATE"]);
      }
      expect((await call(emulator, "POST", `/pools/${p.id}/archive`)).status).toBe(202);
      expect((await call(emulator, "POST", `/pools/${p.id}/archive`)).status).toBe(409);
      expect((await call(emulator, "POST", `/pools/${p.id}/open`)).status).toBe(409);
    } finally {
      await emulator.close();
    }
  });
});
