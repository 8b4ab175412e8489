import { TolokaEmulator } from "../../emulator/index";
import { get, post } from "./testClient";

/** Time is moved with clockSkewMs, so sliding windows are tested exactly and without waiting. */
describe("clone quota and request rate", () => {
  let emulator: TolokaEmulator;
  let trainingId: string;
  const clone = () => post(emulator, `/trainings/${trainingId}/clone`);

  beforeEach(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 10, pendingMs: 0, cloneQuota: { perMinute: 2, perDay: 3 } });
    trainingId = emulator.addTraining({ project_id: "1" }).id;
  });
  afterEach(() => emulator.close());

  test("over the minute quota: 429 MIN with Retry-After until the oldest clone leaves the window", async () => {
    expect((await clone()).status).toBe(202);
    emulator.setOptions({ clockSkewMs: 20_000 });
    expect((await clone()).status).toBe(202);
    emulator.setOptions({ clockSkewMs: 30_000 });
    const refused = await clone();
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ code: "TOO_MANY_REQUESTS", payload: { interval: "MIN", limit: 2 } });
    expect(refused.headers.get("retry-after")).toBe("30");
    emulator.setOptions({ clockSkewMs: 60_500 });
    expect((await clone()).status).toBe(202);
    expect(emulator.stats()).toEqual({ cloneRequests: 4, clones429: 1, total429: 1 });
  });

  test("refused clones are not counted", async () => {
    emulator.setOptions({ cloneQuota: { perMinute: 1 } });
    expect((await clone()).status).toBe(202);
    emulator.setOptions({ clockSkewMs: 30_000 });
    expect((await clone()).status).toBe(429);
    expect((await clone()).status).toBe(429);
    // The first clone has left the window; the refused ones (at +30 s) would still be in it if counted.
    emulator.setOptions({ clockSkewMs: 60_100 });
    expect((await clone()).status).toBe(202);
  });

  test("over the day quota: 429 DAY, which wins over MIN", async () => {
    emulator.setOptions({ cloneQuota: { perMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await clone()).status).toBe(202);
    const refused = await clone();
    expect(refused.json.payload).toEqual({ interval: "DAY", limit: 3 });
    expect(refused.headers.get("retry-after")).toBe("86400");
    emulator.setOptions({ clockSkewMs: 86_400_500 });
    expect((await clone()).status).toBe(202);
  });

  test("short windows for tests: Retry-After is at least 1", async () => {
    emulator.setOptions({ cloneQuota: { perMinute: 1, minuteWindowMs: 200 } });
    expect((await clone()).status).toBe(202);
    const refused = await clone();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
  });

  test("without retryAfter there is no Retry-After header", async () => {
    emulator.setOptions({ cloneQuota: { perMinute: 1, retryAfter: false } });
    await clone();
    const refused = await clone();
    expect(refused.status).toBe(429);
    expect(refused.json.payload.interval).toBe("MIN");
    expect(refused.headers.get("retry-after")).toBeNull();
  });

  test("requests per second: over the limit, 429 without interval, for any route", async () => {
    emulator.setOptions({ requestsPerSecond: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get(emulator, `/trainings/${trainingId}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await get(emulator, "/pools");
    expect(refused.status).toBe(429);
    expect(refused.json.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.json.payload).toBeNull();
    emulator.setOptions({ clockSkewMs: 1001 });
    expect((await get(emulator, "/pools")).status).toBe(200);
    expect(emulator.stats().total429).toBe(3);
  });
});
