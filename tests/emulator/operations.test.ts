import type { Operation, Page } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { get, post, sleep, waitForOperation } from "./testClient";
import { parseTolokaTimestamp } from "../../emulator/timestamps";

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/;
const ms = (timestamp: string | undefined) => parseTolokaTimestamp(timestamp!)!;

describe("operations", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start();
  });
  afterAll(() => emulator.close());

  async function startClone(): Promise<Operation> {
    const t = emulator.addTraining({ project_id: "1" });
    const reply = await post<Operation>(emulator, `/trainings/${t.id}/clone`);
    expect(reply.status).toBe(202);
    return reply.json;
  }

  test("linear: PENDING, then RUNNING with progress growing with time, then SUCCESS at 100", async () => {
    emulator.setOptions({ operationDurationMs: 500, pendingMs: 100, progressModel: "linear" });
    const submitted = await startClone();
    expect(submitted).toMatchObject({ status: "PENDING", progress: 0 });
    expect(submitted.submitted).toMatch(TIMESTAMP);
    expect(submitted.started).toBeUndefined();
    const startedMs = ms(submitted.submitted) + 100;
    const progresses: number[] = [];
    for (const at of [200, 350]) {
      await sleep(Math.max(0, startedMs - 100 + at - Date.now()));
      const before = Date.now();
      const op = (await get<Operation>(emulator, `/operations/${submitted.id}`)).json;
      const after = Date.now();
      expect(op.status).toBe("RUNNING");
      expect(ms(op.started)).toBe(startedMs);
      // progress = share of the 400 ms running time elapsed when the server answered
      expect(op.progress).toBeGreaterThanOrEqual(Math.floor((100 * (before - startedMs)) / 400));
      expect(op.progress).toBeLessThanOrEqual(Math.min(99, Math.floor((100 * (after - startedMs)) / 400)));
      progresses.push(op.progress!);
    }
    expect(progresses[1]).toBeGreaterThan(progresses[0]);
    const done = await waitForOperation(emulator, submitted.id);
    expect(done).toMatchObject({ status: "SUCCESS", progress: 100 });
    expect(done.finished).toMatch(TIMESTAMP);
    expect(ms(done.finished) - ms(done.submitted)).toBe(500);
  });

  test("jump: progress is 0 while RUNNING, 100 when done", async () => {
    emulator.setOptions({ operationDurationMs: 150, pendingMs: 0, progressModel: "jump" });
    const submitted = await startClone();
    await sleep(70);
    const running = (await get<Operation>(emulator, `/operations/${submitted.id}`)).json;
    expect(running).toMatchObject({ status: "RUNNING", progress: 0 });
    expect((await waitForOperation(emulator, submitted.id)).progress).toBe(100);
  });

  test("a zero-length operation is already SUCCESS in the 202 answer", async () => {
    emulator.setOptions({ operationDurationMs: 0, pendingMs: 20 });
    const op = await startClone();
    expect(op).toMatchObject({ status: "SUCCESS", progress: 100 });
    expect(op.started).toBe(op.submitted);
    expect(op.finished).toBe(op.submitted);
    expect(emulator.training(op.details!.training_id as string)).toBeDefined();
  });

  test("durationForOperation sets each operation's length from its type and seq", async () => {
    const calls: [string, number][] = [];
    const own = await TolokaEmulator.start({
      pendingMs: 0,
      durationForOperation: (type, seq) => {
        calls.push([type, seq]);
        return seq === 1 ? 30 : 70;
      },
    });
    try {
      const a = own.addTraining({ project_id: "1" });
      const first = (await post<Operation>(own, `/trainings/${a.id}/clone`)).json;
      const second = (await post<Operation>(own, `/trainings/${a.id}/open`)).json;
      expect(calls).toEqual([["TRAINING.CLONE", 1], ["TRAINING.OPEN", 2]]);
      const [d1, d2] = [await waitForOperation(own, first.id), await waitForOperation(own, second.id)];
      expect(ms(d1.finished) - ms(d1.submitted)).toBe(30);
      expect(ms(d2.finished) - ms(d2.submitted)).toBe(70);
    } finally {
      await own.close();
    }
  });

  test("GET of an unknown operation is a 404", async () => {
    const reply = await get(emulator, "/operations/00000000-0000-4000-8000-000000000000");
    expect(reply.status).toBe(404);
    expect(reply.json.code).toBe("DOES_NOT_EXIST");
    expect((await get(emulator, "/operations/00000000-0000-4000-8000-000000000000/log")).status).toBe(404);
  });

  test("by default a training operation's log is empty (the reference documents none), also after it ends", async () => {
    emulator.setOptions({ operationDurationMs: 0, pendingMs: 0 });
    const t = emulator.addTraining({ project_id: "1" });
    const op = (await post<Operation>(emulator, `/trainings/${t.id}/archive`)).json;
    expect(op.status).toBe("SUCCESS");
    expect((await get(emulator, `/operations/${op.id}/log`)).json).toEqual([]);
  });

  test("operationLogs detailed: the log is empty until the operation ends", async () => {
    emulator.setOptions({ operationDurationMs: 100, pendingMs: 0, operationLogs: "detailed" });
    const t = emulator.addTraining({ project_id: "1" });
    const op = (await post<Operation>(emulator, `/trainings/${t.id}/archive`)).json;
    expect((await get(emulator, `/operations/${op.id}/log`)).json).toEqual([]);
    await waitForOperation(emulator, op.id);
    expect((await get(emulator, `/operations/${op.id}/log`)).json).toEqual([
      { type: "TRAINING_ARCHIVE", success: true, input: { training_id: t.id }, output: { status: "ARCHIVED" } },
    ]);
  });

  describe("list", () => {
    let own: TolokaEmulator;
    let ops: Operation[];
    beforeAll(async () => {
      own = await TolokaEmulator.start({ operationDurationMs: 0 });
      ops = [];
      for (let i = 0; i < 5; i++) {
        const t = own.addTraining({ project_id: "1" });
        ops.push((await post<Operation>(own, `/trainings/${t.id}/${i < 3 ? "clone" : "open"}`)).json);
        await sleep(3);
      }
      own.setOptions({ operationDurationMs: 10_000, pendingMs: 9_000 }); // stays PENDING however slow the machine
      const t = own.addTraining({ project_id: "1" });
      ops.push((await post<Operation>(own, `/trainings/${t.id}/clone`)).json);
    });
    afterAll(() => own.close());

    const list = (query: string) => get<Page<Operation>>(own, `/operations?${query}`);

    test("filters by type and status, newest first with sort=-submitted", async () => {
      const clones = await list("type=TRAINING.CLONE&status=SUCCESS&sort=-submitted");
      expect(clones.json.items.map((o) => o.id)).toEqual([ops[2].id, ops[1].id, ops[0].id]);
      const pending = await list("status=PENDING");
      expect(pending.json.items.map((o) => o.id)).toEqual([ops[5].id]);
    });

    test("filters by submitted time", async () => {
      const from = ops[3].submitted;
      expect((await list(`submitted_gte=${from}`)).json.items.map((o) => o.id)).toEqual([ops[3].id, ops[4].id, ops[5].id]);
      expect((await list(`submitted_gt=${from}`)).json.items.map((o) => o.id)).toEqual([ops[4].id, ops[5].id]);
      expect((await list(`submitted_lt=${from}`)).json.items).toHaveLength(3);
      expect((await list(`submitted_lte=${from}`)).json.items).toHaveLength(4);
      expect((await list("submitted_gte=yesterday")).status).toBe(400);
    });

    test("pages by id across 3 pages; limit max 500", async () => {
      const seen: string[] = [];
      let query = "sort=id&limit=2";
      let pages = 0;
      for (;;) {
        const page = (await list(query)).json;
        pages++;
        seen.push(...page.items.map((o) => o.id));
        if (!page.has_more) break;
        query = `sort=id&limit=2&id_gt=${page.items[page.items.length - 1].id}`;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(ops.map((o) => o.id).sort());
      expect((await list("limit=500")).status).toBe(200);
      const over = await get(own, "/operations?limit=501");
      expect(over.status).toBe(400);
      expect(over.json.payload).toHaveProperty("limit");
    });

    test("operations() shows the same, in submit order", () => {
      expect(own.operations().map((o) => o.id)).toEqual(ops.map((o) => o.id));
    });
  });
});
