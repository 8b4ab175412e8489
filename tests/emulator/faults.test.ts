import type { Operation, Training } from "../../provider/toloka/types";
import { TolokaEmulator, type FaultRule } from "../../emulator/index";
import { call, get, post, put, sleep, waitForOperation } from "./testClient";

describe("fault injection", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 40, pendingMs: 0, operationLogs: "detailed" });
  });
  afterAll(() => emulator.close());
  afterEach(() => emulator.clearFaults());

  const seed = (fields: Partial<Training> = {}) => emulator.addTraining({ project_id: "1", ...fields });
  const opsFor = (id: string) => emulator.operations().filter((o) => o.parameters?.training_id === id);

  describe("status: answered instead of the request, nothing applied", () => {
    test.each([
      [400, "VALIDATION_ERROR"],
      [401, "AUTHENTICATION_ERROR"],
      [403, "ACCESS_DENIED"],
      [404, "DOES_NOT_EXIST"],
      [409, "CONFLICT_STATE"],
      [429, "TOO_MANY_REQUESTS"],
      [500, "INTERNAL_ERROR"],
      [502, "BAD_GATEWAY"],
      [503, "REMOTE_SERVICE_UNAVAILABLE"],
      [504, "GATEWAY_TIMEOUT"],
    ])("%i with a Toloka body coded %s", async (status, code) => {
      const t = seed();
      emulator.inject({ route: "trainings.clone", fault: { kind: "status", status } });
      const reply = await post(emulator, `/trainings/${t.id}/clone`);
      expect(reply.status).toBe(status);
      expect(reply.json).toMatchObject({ code, request_id: reply.headers.get("x-request-id") });
      expect(opsFor(t.id)).toEqual([]);
    });

    test("code, payload and Retry-After as given", async () => {
      const t = seed();
      emulator.inject({
        route: "trainings.update",
        fault: { kind: "status", status: 409, code: "TRAINING_ARCHIVE_CONFLICT", payload: { why: "test" }, retryAfterSeconds: 7 },
      });
      const reply = await put(emulator, `/trainings/${t.id}`, { ...t, private_name: "Changed" });
      expect(reply.json).toMatchObject({ code: "TRAINING_ARCHIVE_CONFLICT", payload: { why: "test" } });
      expect(reply.headers.get("retry-after")).toBe("7");
      expect(emulator.training(t.id)!.private_name).toBe(t.private_name);
    });

    test("html, malformed and empty bodies", async () => {
      const t = seed();
      emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 502, body: "html" } });
      emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 500, body: "malformed" } });
      emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 503, body: "empty" } });
      const html = await get(emulator, `/trainings/${t.id}`);
      expect([html.status, html.headers.get("content-type")]).toEqual([502, "text/html"]);
      expect(html.text).toContain("<html>");
      const malformed = await get(emulator, `/trainings/${t.id}`);
      expect([malformed.status, malformed.headers.get("content-type")]).toEqual([500, "application/json"]);
      expect(() => JSON.parse(malformed.text)).toThrow();
      const empty = await get(emulator, `/trainings/${t.id}`);
      expect([empty.status, empty.text]).toEqual([503, ""]);
      expect((await get(emulator, `/trainings/${t.id}`)).status).toBe(200);
    });
  });

  test("quota: 429 with payload {interval, limit}, nothing applied", async () => {
    const t = seed();
    emulator.inject({ route: "trainings.clone", fault: { kind: "quota", interval: "HOUR", retryAfterSeconds: 30, limit: 50 } });
    emulator.inject({ route: "trainings.clone", fault: { kind: "quota", interval: "MIN" } });
    const first = await post(emulator, `/trainings/${t.id}/clone`);
    expect(first.status).toBe(429);
    expect(first.json).toMatchObject({ code: "TOO_MANY_REQUESTS", payload: { interval: "HOUR", limit: 50 } });
    expect(first.headers.get("retry-after")).toBe("30");
    const second = await post(emulator, `/trainings/${t.id}/clone`);
    expect(second.json.payload).toEqual({ interval: "MIN", limit: 20 });
    expect(second.headers.get("retry-after")).toBeNull();
    expect(opsFor(t.id)).toEqual([]);
  });

  test("reset: the socket is destroyed and nothing is applied", async () => {
    const t = seed();
    emulator.inject({ route: "trainings.clone", fault: { kind: "reset" } });
    await expect(post(emulator, `/trainings/${t.id}/clone`)).rejects.toThrow();
    expect(opsFor(t.id)).toEqual([]);
    expect(emulator.requests[emulator.requests.length - 1]).toMatchObject({ fault: "reset", status: 0 });
  });

  describe("lost: applied, then the answer is lost", () => {
    test("after reset: the clone started and its training appears", async () => {
      const t = seed();
      emulator.inject({ route: "trainings.clone", fault: { kind: "lost", after: "reset" } });
      await expect(post(emulator, `/trainings/${t.id}/clone`)).rejects.toThrow();
      const [op] = opsFor(t.id);
      expect(op.type).toBe("TRAINING.CLONE");
      const done = await waitForOperation(emulator, op.id);
      expect(emulator.training(done.details!.training_id as string)).toMatchObject({ status: "CLOSED" });
    });

    test("after hang: the PUT is saved though the client times out", async () => {
      const t = seed();
      emulator.inject({ route: "trainings.update", fault: { kind: "lost", after: "hang" } });
      await expect(put(emulator, `/trainings/${t.id}`, { ...t, private_name: "Saved anyway" }, { timeoutMs: 150 })).rejects.toThrow();
      expect(emulator.training(t.id)!.private_name).toBe("Saved anyway");
    });

    test.each([500, 502, 504] as const)("after %i: the archive is done", async (status) => {
      const t = seed();
      emulator.inject({ route: "trainings.archive", fault: { kind: "lost", after: status } });
      const reply = await post(emulator, `/trainings/${t.id}/archive`);
      expect(reply.status).toBe(status);
      expect(typeof reply.json.code).toBe("string");
      const [op] = opsFor(t.id);
      expect((await waitForOperation(emulator, op.id)).status).toBe("SUCCESS");
      expect(emulator.training(t.id)!.status).toBe("ARCHIVED");
    });
  });

  test("delay: answered normally, after the delay", async () => {
    const t = seed();
    emulator.inject({ route: "trainings.get", fault: { kind: "delay", ms: 150 } });
    const started = Date.now();
    const reply = await get<Training>(emulator, `/trainings/${t.id}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    expect(reply.status).toBe(200);
    expect(reply.json.id).toBe(t.id);
  });

  describe("operation", () => {
    test("fail with a given log: accepted, FAIL, no effect", async () => {
      const t = seed();
      const log = [{ type: "TRAINING_CLONE", success: false, output: { code: "SOMETHING" } }];
      emulator.inject({ route: "trainings.clone", fault: { kind: "operation", outcome: "fail", log } });
      const reply = await post<Operation>(emulator, `/trainings/${t.id}/clone`);
      expect(reply.status).toBe(202);
      const before = emulator.trainings().length;
      const done = await waitForOperation(emulator, reply.json.id);
      expect(done.status).toBe("FAIL");
      expect(done.details).toEqual({});
      expect((await get(emulator, `/operations/${done.id}/log`)).json).toEqual(log);
      expect(emulator.trainings()).toHaveLength(before);
    });

    test("fail with the default log describing the reason", async () => {
      const t = seed();
      emulator.inject({ route: "trainings.archive", fault: { kind: "operation", outcome: "fail" } });
      const done = await waitForOperation(emulator, (await post<Operation>(emulator, `/trainings/${t.id}/archive`)).json.id);
      expect(done.status).toBe("FAIL");
      const [item] = (await get(emulator, `/operations/${done.id}/log`)).json;
      expect(item).toMatchObject({ type: "TRAINING_ARCHIVE", success: false, input: { training_id: t.id } });
      expect(item.output.message).toMatch(/injected/);
      expect(emulator.training(t.id)!.status).toBe("CLOSED");
    });

    test("hang: stays RUNNING below 100 long after its duration", async () => {
      const t = seed();
      emulator.inject({ route: "trainings.clone", fault: { kind: "operation", outcome: "hang" } });
      const op = (await post<Operation>(emulator, `/trainings/${t.id}/clone`)).json;
      await sleep(120);
      const later = (await get<Operation>(emulator, `/operations/${op.id}`)).json;
      expect(later.status).toBe("RUNNING");
      expect(later.progress).toBeLessThan(100);
      expect(later.finished).toBeUndefined();
    });
  });

  describe("matching", () => {
    test("times, then normal answers; Infinity keeps firing", async () => {
      const t = seed();
      emulator.inject({ route: "trainings.get", times: 2, fault: { kind: "status", status: 503 } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await get(emulator, `/trainings/${t.id}`)).status);
      expect(statuses).toEqual([503, 503, 200]);
      emulator.inject({ route: "pools.list", times: Infinity, fault: { kind: "status", status: 500 } });
      for (let i = 0; i < 5; i++) expect((await get(emulator, "/pools")).status).toBe(500);
      emulator.clearFaults();
      expect((await get(emulator, "/pools")).status).toBe(200);
    });

    test("method, trainingId and * filters; rules apply in insertion order", async () => {
      const [a, b] = [seed(), seed()];
      emulator.inject({ route: "*", method: "PUT", fault: { kind: "status", status: 418 } });
      emulator.inject({ route: "trainings.get", trainingId: b.id, fault: { kind: "status", status: 502 } });
      emulator.inject({ route: "*", trainingId: b.id, fault: { kind: "status", status: 503 } });
      expect((await get(emulator, `/trainings/${a.id}`)).status).toBe(200);
      expect((await get(emulator, `/trainings/${b.id}`)).status).toBe(502);
      expect((await get(emulator, `/trainings/${b.id}`)).status).toBe(503);
      expect((await get(emulator, `/trainings/${b.id}`)).status).toBe(200);
      expect((await put(emulator, `/trainings/${a.id}`, a)).status).toBe(418);
    });

    test("probability uses a seeded PRNG: runs repeat, and only fired rules lose their times", async () => {
      const t = seed();
      const rule: FaultRule = { route: "trainings.get", probability: 0.5, seed: 42, times: Infinity, fault: { kind: "status", status: 500 } };
      const run = async () => {
        emulator.clearFaults();
        emulator.inject(rule);
        const out: number[] = [];
        for (let i = 0; i < 20; i++) out.push((await get(emulator, `/trainings/${t.id}`)).status);
        return out;
      };
      const first = await run();
      expect(await run()).toEqual(first);
      const fired = first.filter((s) => s === 500).length;
      expect(fired).toBeGreaterThan(3);
      expect(fired).toBeLessThan(17);
      emulator.clearFaults();
      emulator.inject({ ...rule, times: 1 });
      const once: number[] = [];
      for (let i = 0; i < 20; i++) once.push((await get(emulator, `/trainings/${t.id}`)).status);
      expect(once.filter((s) => s === 500)).toHaveLength(1);
    });

    test("bad rules are refused with the bad value quoted", () => {
      expect(() => emulator.inject({ route: "*", probability: 2, fault: { kind: "reset" } })).toThrow(/probability.*2/);
      expect(() => emulator.inject({ route: "*", times: 0, fault: { kind: "reset" } })).toThrow(/times.*0/);
    });
  });

  test("close() ends hanging requests and pending delays at once", async () => {
    const own = await TolokaEmulator.start();
    const t = own.addTraining({ project_id: "1" });
    own.inject({ route: "trainings.get", fault: { kind: "lost", after: "hang" } });
    own.inject({ route: "trainings.get", fault: { kind: "delay", ms: 60_000 } });
    // fetch's errors come from another realm, so compare outcomes as strings.
    const outcome = () => call(own, "GET", `/trainings/${t.id}`, { timeoutMs: 10_000 }).then((r) => `answered ${r.status}`, () => "failed");
    const hanging = outcome();
    const delayed = outcome();
    await sleep(50);
    const started = Date.now();
    await own.close();
    expect(await hanging).toBe("failed");
    expect(await delayed).toBe("failed");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
