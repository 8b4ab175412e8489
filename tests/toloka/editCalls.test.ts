/**
 * The calls that edit a training or a pool, over HTTP against the emulator: close-for-update,
 * open, close, archive, and the whole-object PUT (fullApi.yaml, paths /trainings/{id}/close-for-update,
 * /pools/{id}, /pools/{id}/open|close|close-for-update|archive).
 */
import { isTolokaApiError } from "../../provider/toloka";
import { READ_ONLY_POOL_FIELDS } from "../../provider/toloka/types";
import type { TolokaEmulator } from "../../emulator";
import { capturingFetch, clientFor, rejectionOf, startEmulator, type Captured } from "./helpers";

let emulator: TolokaEmulator;
let projectId: string;
beforeAll(async () => {
  // Zero-length operations: each is finished in the answer that starts it.
  emulator = await startEmulator({ operationDurationMs: 0, pendingMs: 0 });
  projectId = emulator.addProject().id;
});
afterAll(() => emulator.close());

describe("trainings", () => {
  it("closeTrainingForUpdate starts TRAINING.CLOSE, leaves last_close_reason FOR_UPDATE; 204 (undefined) when closed", async () => {
    const t = emulator.addTraining({ project_id: projectId, status: "OPEN" });
    const { client } = clientFor(emulator);
    const operation = await client.closeTrainingForUpdate(t.id);
    expect(operation).toMatchObject({ type: "TRAINING.CLOSE", status: "SUCCESS", parameters: { training_id: t.id } });
    expect(await client.getTraining(t.id)).toMatchObject({ status: "CLOSED", last_close_reason: "FOR_UPDATE" });
    expect(await client.closeTrainingForUpdate(t.id)).toBeUndefined();
  });

  it("a PUT of an OPEN training is refused with 409, and succeeds after close-for-update", async () => {
    const t = emulator.addTraining({ project_id: projectId, status: "OPEN", private_name: "before" });
    const { client } = clientFor(emulator);
    const training = await client.getTraining(t.id);
    const refusal = await rejectionOf(client.updateTraining({ ...training, private_name: "after" }));
    expect(isTolokaApiError(refusal) && refusal.status).toBe(409);
    await client.closeTrainingForUpdate(t.id);
    await client.updateTraining({ ...training, private_name: "after" });
    await client.openTraining(t.id);
    expect(emulator.training(t.id)).toMatchObject({ status: "OPEN", private_name: "after" });
  });
});

describe("pools", () => {
  it("updatePool PUTs what GET returned minus the read-only fields, unknown keys kept", async () => {
    const training = emulator.addTraining({ project_id: projectId });
    const p = emulator.addPool({ project_id: projectId, status: "CLOSED", private_name: "Main", speed_quality_balance: { x: 1 } });
    const captured: Captured[] = [];
    const { client } = clientFor(emulator, { fetch: capturingFetch(captured) });
    const pool = await client.getPool(p.id);
    const requirement = { training_pool_id: training.id, training_passing_skill_value: 80 };
    const updated = await client.updatePool({ ...pool, quality_control: { training_requirement: requirement } });
    const body = JSON.parse(captured[1].body ?? "{}") as Record<string, unknown>;
    for (const field of READ_ONLY_POOL_FIELDS) expect(body).not.toHaveProperty(field);
    expect(body).toMatchObject({ private_name: "Main", speed_quality_balance: { x: 1 } });
    expect(updated).toMatchObject({ id: p.id, status: "CLOSED", quality_control: { training_requirement: requirement } });
    expect(emulator.pool(p.id)?.speed_quality_balance).toEqual({ x: 1 });
  });

  it("open, close-for-update, close and archive start POOL.* operations; 204 (undefined) when already so", async () => {
    const p = emulator.addPool({ project_id: projectId, status: "CLOSED" });
    const { client } = clientFor(emulator);
    expect(await client.openPool(p.id)).toMatchObject({ type: "POOL.OPEN", status: "SUCCESS", parameters: { pool_id: p.id } });
    expect(await client.openPool(p.id)).toBeUndefined();
    expect(await client.closePoolForUpdate(p.id)).toMatchObject({ type: "POOL.CLOSE", status: "SUCCESS" });
    expect(await client.getPool(p.id)).toMatchObject({ status: "CLOSED", last_close_reason: "FOR_UPDATE" });
    await client.openPool(p.id);
    expect(await client.closePool(p.id)).toMatchObject({ type: "POOL.CLOSE", status: "SUCCESS" });
    expect(await client.getPool(p.id)).toMatchObject({ status: "CLOSED", last_close_reason: "MANUAL" });
    expect(await client.closePool(p.id)).toBeUndefined();
    expect(await client.archivePool(p.id)).toMatchObject({ type: "POOL.ARCHIVE", status: "SUCCESS" });
    expect(await client.archivePool(p.id)).toBeUndefined();
    expect(emulator.pool(p.id)?.status).toBe("ARCHIVED");
  });

  it("a PUT of an OPEN pool and an archive of an OPEN pool are refused with 409", async () => {
    const p = emulator.addPool({ project_id: projectId, status: "OPEN", private_name: "Open pool" });
    const { client } = clientFor(emulator);
    const pool = await client.getPool(p.id);
    for (const call of [client.updatePool({ ...pool, private_name: "x" }), client.archivePool(p.id)]) {
      const e = await rejectionOf(call);
      expect(isTolokaApiError(e) && [e.status, e.code]).toEqual([409, "INAPPROPRIATE_STATUS"]);
    }
    expect(emulator.pool(p.id)).toMatchObject({ status: "OPEN", private_name: "Open pool" });
  });

  it("pool ids are checked before any request", async () => {
    const { client } = clientFor(emulator);
    emulator.clearRequests();
    for (const call of [client.openPool("1/../2"), client.updatePool({ id: "x", project_id: projectId, status: "CLOSED" })]) {
      expect(await rejectionOf(call)).toBeInstanceOf(Error);
    }
    expect(emulator.requests).toHaveLength(0);
  });
});
