import type { Operation, Training } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { get, post, waitForOperation } from "./testClient";
import { parseTolokaTimestamp } from "../../emulator/timestamps";

describe("server clock (clockSkewMs)", () => {
  const SKEW = -3 * 3600_000 + 17_000; // 2 h 59 min 43 s behind
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ clockSkewMs: SKEW, operationDurationMs: 30, pendingMs: 0 });
  });
  afterAll(() => emulator.close());

  test("the Date header follows the server clock", async () => {
    const before = Date.now();
    const reply = await get(emulator, "/pools");
    const date = Date.parse(reply.headers.get("date")!);
    // The header has whole seconds.
    expect(date).toBeGreaterThanOrEqual(Math.floor((before + SKEW) / 1000) * 1000);
    expect(date).toBeLessThanOrEqual(Date.now() + SKEW);
    expect(reply.headers.get("date")).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
  });

  test("operation and training timestamps follow the server clock", async () => {
    const t = emulator.addTraining({ project_id: "1" });
    const before = Date.now();
    const op = (await post<Operation>(emulator, `/trainings/${t.id}/clone`)).json;
    const after = Date.now();
    const submitted = parseTolokaTimestamp(op.submitted)!;
    expect(submitted).toBeGreaterThanOrEqual(before + SKEW);
    expect(submitted).toBeLessThanOrEqual(after + SKEW);
    const done = await waitForOperation(emulator, op.id);
    const clone = (await get<Training>(emulator, `/trainings/${done.details!.training_id}`)).json;
    expect(clone.created).toBe(done.finished);
    expect(Math.abs(parseTolokaTimestamp(clone.created!)! - (Date.now() + SKEW))).toBeLessThan(2000);
    expect(Math.abs(parseTolokaTimestamp(t.created!)! - (Date.now() + SKEW))).toBeLessThan(2000);
  });

  test("moving the clock forward finishes operations without waiting", async () => {
    emulator.setOptions({ operationDurationMs: 3_600_000 });
    const t = emulator.addTraining({ project_id: "1" });
    const op = (await post<Operation>(emulator, `/trainings/${t.id}/open`)).json;
    expect((await get<Operation>(emulator, `/operations/${op.id}`)).json.status).toBe("RUNNING");
    emulator.setOptions({ clockSkewMs: SKEW + 3_600_000 });
    const done = (await get<Operation>(emulator, `/operations/${op.id}`)).json;
    expect(done.status).toBe("SUCCESS");
    expect(parseTolokaTimestamp(done.finished!)! - parseTolokaTimestamp(done.submitted)!).toBe(3_600_000);
    expect(emulator.training(t.id)!.status).toBe("OPEN");
  });
});
