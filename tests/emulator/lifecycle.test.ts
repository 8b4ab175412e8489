import type { Operation, Training } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { get, post, sleep, waitForOperation } from "./testClient";

describe("open, close, archive and clone", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 80, pendingMs: 10, operationLogs: "detailed" });
  });
  afterAll(() => emulator.close());

  test("open: 202 TRAINING.OPEN; the status changes only when the operation succeeds; then 204", async () => {
    const t = emulator.addTraining({ project_id: "1" });
    const reply = await post<Operation>(emulator, `/trainings/${t.id}/open`);
    expect(reply.status).toBe(202);
    expect(reply.json).toMatchObject({ type: "TRAINING.OPEN", parameters: { training_id: t.id } });
    expect(reply.json.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await get<Training>(emulator, `/trainings/${t.id}`)).json.status).toBe("CLOSED");
    const done = await waitForOperation(emulator, reply.json.id);
    expect(done.status).toBe("SUCCESS");
    const opened = (await get<Training>(emulator, `/trainings/${t.id}`)).json;
    expect(opened.status).toBe("OPEN");
    expect(opened.last_started).toBe(done.finished);
    const again = await post(emulator, `/trainings/${t.id}/open`);
    expect(again.status).toBe(204);
    expect(again.text).toBe("");
  });

  test("close: sets CLOSED with last_stopped and MANUAL reason; then 204", async () => {
    const t = emulator.addTraining({ project_id: "1", status: "OPEN" });
    const reply = await post<Operation>(emulator, `/trainings/${t.id}/close`);
    expect(reply.json.type).toBe("TRAINING.CLOSE");
    const done = await waitForOperation(emulator, reply.json.id);
    expect(emulator.training(t.id)).toMatchObject({ status: "CLOSED", last_stopped: done.finished, last_close_reason: "MANUAL" });
    expect((await post(emulator, `/trainings/${t.id}/close`)).status).toBe(204);
  });

  test("archive: ARCHIVED once the operation succeeds; then 204; an archived training cannot be opened", async () => {
    const t = emulator.addTraining({ project_id: "1" });
    const reply = await post<Operation>(emulator, `/trainings/${t.id}/archive`);
    expect(reply.status).toBe(202);
    expect(reply.json.type).toBe("TRAINING.ARCHIVE");
    expect(emulator.training(t.id)!.status).toBe("CLOSED");
    expect((await waitForOperation(emulator, reply.json.id)).status).toBe("SUCCESS");
    expect(emulator.training(t.id)!.status).toBe("ARCHIVED");
    expect((await post(emulator, `/trainings/${t.id}/archive`)).status).toBe(204);
    const open = await post(emulator, `/trainings/${t.id}/open`);
    expect(open.status).toBe(409);
    expect(open.json.code).toBe("INAPPROPRIATE_STATUS");
  });

  test("clone: the new training appears on success with every parameter copied", async () => {
    const source = emulator.addTraining({
      project_id: "3",
      status: "OPEN",
      private_name: "Source",
      public_instructions: "<p>do it</p>",
      metadata: { team: ["q"], tag: ["a", "b"] },
      training_tasks_in_task_suite_count: 7,
      last_started: "2020-01-01T00:00:00.000",
    });
    const before = emulator.trainings().length;
    const reply = await post<Operation>(emulator, `/trainings/${source.id}/clone`);
    expect(reply.status).toBe(202);
    expect(reply.json).toMatchObject({ type: "TRAINING.CLONE", parameters: { training_id: source.id }, details: {} });
    expect(emulator.trainings()).toHaveLength(before);
    const done = await waitForOperation(emulator, reply.json.id);
    expect(done.status).toBe("SUCCESS");
    const cloneId = done.details!.training_id as string;
    expect(Number(cloneId)).toBeGreaterThan(Number(source.id));
    const clone = (await get<Training>(emulator, `/trainings/${cloneId}`)).json;
    expect(clone).toMatchObject({
      id: cloneId,
      project_id: "3",
      status: "CLOSED",
      private_name: "Source",
      public_instructions: "<p>do it</p>",
      metadata: { team: ["q"], tag: ["a", "b"] },
      training_tasks_in_task_suite_count: 7,
      created: done.finished,
    });
    expect(clone.last_started).toBeUndefined();
    const log = await get(emulator, `/operations/${done.id}/log`);
    expect(log.json).toEqual([{ type: "TRAINING_CLONE", success: true, input: { training_id: source.id }, output: { training_id: cloneId } }]);
  });

  test("clone of an ARCHIVED training is refused (our guess) and not counted", async () => {
    const t = emulator.addTraining({ project_id: "1", status: "ARCHIVED" });
    const before = emulator.operations().length;
    const reply = await post(emulator, `/trainings/${t.id}/clone`);
    expect(reply.status).toBe(409);
    expect(reply.json).toMatchObject({ code: "INAPPROPRIATE_STATUS", payload: { appropriate_statuses: ["OPEN", "CLOSED"] } });
    expect(emulator.operations()).toHaveLength(before);
  });

  test.each([
    ["open", ["CLOSED"]],
    ["close", ["OPEN"]],
    ["archive", ["CLOSED"]],
    ["clone", ["OPEN", "CLOSED"]],
  ])("LOCKED: %s answers 409 INAPPROPRIATE_STATUS with appropriate_statuses", async (action, appropriate) => {
    const t = emulator.addTraining({ project_id: "1", status: "LOCKED" });
    const reply = await post(emulator, `/trainings/${t.id}/${action}`);
    expect(reply.status).toBe(409);
    expect(reply.json.code).toBe("INAPPROPRIATE_STATUS");
    expect(reply.json.payload.appropriate_statuses).toEqual(appropriate);
  });

  test("a temporary lock ends by itself", async () => {
    const t = emulator.addTraining({ project_id: "1" });
    emulator.setTrainingStatus(t.id, "LOCKED", { forMs: 60 });
    expect((await post(emulator, `/trainings/${t.id}/clone`)).status).toBe(409);
    expect((await get<Training>(emulator, `/trainings/${t.id}`)).json.status).toBe("LOCKED");
    await sleep(80);
    expect((await get<Training>(emulator, `/trainings/${t.id}`)).json.status).toBe("CLOSED");
    expect((await post(emulator, `/trainings/${t.id}/clone`)).status).toBe(202);
  });

  test("an operation that finds its training changed meanwhile fails", async () => {
    const t = emulator.addTraining({ project_id: "1" });
    const reply = await post<Operation>(emulator, `/trainings/${t.id}/open`);
    emulator.setTrainingStatus(t.id, "ARCHIVED");
    const done = await waitForOperation(emulator, reply.json.id);
    expect(done.status).toBe("FAIL");
    const log = (await get(emulator, `/operations/${done.id}/log`)).json;
    expect(log[0]).toMatchObject({ success: false, output: { code: "INAPPROPRIATE_STATUS", current_status: "ARCHIVED" } });
    expect(emulator.training(t.id)!.status).toBe("ARCHIVED");
  });

  test("changes and deletion outside Pulumi are visible over HTTP", async () => {
    const t = emulator.addTraining({ project_id: "1" });
    emulator.updateTraining(t.id, { private_name: "Edited in the UI", metadata: { by: ["hand"] } });
    expect((await get<Training>(emulator, `/trainings/${t.id}`)).json).toMatchObject({ private_name: "Edited in the UI", metadata: { by: ["hand"] } });
    emulator.deleteTraining(t.id);
    const gone = await get(emulator, `/trainings/${t.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.code).toBe("DOES_NOT_EXIST");
    expect(() => emulator.deleteTraining(t.id)).toThrow(/no training/);
  });

  test("a clone whose source is deleted before it runs fails with a log", async () => {
    const t = emulator.addTraining({ project_id: "1" });
    const reply = await post<Operation>(emulator, `/trainings/${t.id}/clone`);
    emulator.deleteTraining(t.id);
    const done = await waitForOperation(emulator, reply.json.id);
    expect(done.status).toBe("FAIL");
    expect(done.details).toEqual({});
    expect((await get(emulator, `/operations/${done.id}/log`)).json[0].output.code).toBe("DOES_NOT_EXIST");
  });
});
