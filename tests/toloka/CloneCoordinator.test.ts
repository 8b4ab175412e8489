import fetch from "node-fetch";
import {
  CloneCoordinator,
  isTolokaOutcomeUnknownError,
  type FetchLike,
} from "../../provider/toloka";
import type { EmulatorOptionsPatch, Fault, TolokaEmulator } from "../../emulator";
import { clientFor, rejectionOf, scriptedServer, startEmulator } from "./helpers";

/** Waits at 1/100: a 60 s quota minute is 600 ms, lookup delays 5, 10, 20 ms. */
const TIME_SCALE = 0.01;

let emulator: TolokaEmulator;
let sourceId: string;

async function start(patch: EmulatorOptionsPatch = {}): Promise<void> {
  emulator = await startEmulator({ cloneQuota: { minuteWindowMs: 600 }, ...patch });
  sourceId = emulator.addTraining({ project_id: emulator.addProject().id }).id;
}
afterEach(() => emulator?.close());

function setup(settings: Parameters<typeof clientFor>[1] = {}) {
  const { client, lines } = clientFor(emulator, { timeScale: TIME_SCALE, requestTimeoutMs: 300, ...settings });
  return { client, lines, coordinator: new CloneCoordinator(client, { log: (l) => lines.push(l) }) };
}

const cloneOps = (source = sourceId) =>
  emulator.operations().filter((op) => op.type === "TRAINING.CLONE" && op.parameters?.training_id === source);
const requestsOf = (route: string) => emulator.requests.filter((r) => r.route === route);

describe("CloneCoordinator", () => {
  it("returns and claims the operation of a clean clone", async () => {
    await start();
    const { coordinator } = setup();
    const { operation, recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(false);
    expect(cloneOps().map((op) => op.id)).toEqual([operation.id]);
    expect(coordinator.isClaimed(operation.id)).toBe(true);
    expect(coordinator.claim(operation.id)).toBe(false);
  });

  it.each([["reset"], ["hang"], [500], [502], [504]] as const)(
    "answer lost after the clone was applied (%s): found by listing, exactly one clone, no resend",
    async (after) => {
      await start();
      const { coordinator, lines } = setup();
      emulator.inject({ route: "trainings.clone", fault: { kind: "lost", after } });
      const { operation, recovered } = await coordinator.cloneTraining(sourceId);
      expect(recovered).toBe(true);
      expect(cloneOps().map((op) => op.id)).toEqual([operation.id]);
      expect(requestsOf("trainings.clone")).toHaveLength(1);
      expect(requestsOf("operations.list").length).toBeGreaterThanOrEqual(1);
      expect(coordinator.isClaimed(operation.id)).toBe(true);
      expect(lines.some((l) => l.startsWith(`the answer to the clone of training ${sourceId} was lost`))).toBe(true);
      expect(lines.some((l) => l.startsWith(`found clone operation ${operation.id}`))).toBe(true);
      const list = requestsOf("operations.list")[0].query;
      expect(list).toMatchObject({ type: "TRAINING.CLONE", sort: "id", limit: "500" });
      expect(Date.parse(`${list.submitted_gte}Z`)).toBeLessThanOrEqual(Date.parse(`${operation.submitted}Z`) - 1000);
    },
  );

  it("a reset before anything was applied: looks a few times, then resends once", async () => {
    await start();
    const { coordinator, lines } = setup();
    emulator.inject({ route: "trainings.clone", fault: { kind: "reset" } });
    const { operation, recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(false);
    expect(cloneOps().map((op) => op.id)).toEqual([operation.id]);
    expect(requestsOf("trainings.clone").map((r) => r.status)).toEqual([0, 202]);
    expect(requestsOf("operations.list")).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith("lookup"))).toEqual([
      `lookup 2 of 4 for the lost clone of training ${sourceId} in 5 ms`,
      `lookup 3 of 4 for the lost clone of training ${sourceId} in 10 ms`,
      `lookup 4 of 4 for the lost clone of training ${sourceId} in 20 ms`,
    ]);
    expect(lines.some((l) => l.includes("sending the clone again (resend 1 of 3)"))).toBe(true);
  });

  it.each<[string, Fault]>([
    ["429 rate limit", { kind: "status", status: 429, retryAfterSeconds: 1 }],
    ["429 MIN quota", { kind: "quota", interval: "MIN", retryAfterSeconds: 2 }],
  ])("a refusal (%s) is resent by the client: exactly one clone", async (_label, fault) => {
    await start();
    const { coordinator, lines } = setup();
    emulator.inject({ route: "trainings.clone", fault, times: 2 });
    const { operation, recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(false);
    expect(cloneOps().map((op) => op.id)).toEqual([operation.id]);
    const refused = fault.kind === "status" ? fault.status : 429;
    expect(requestsOf("trainings.clone").map((r) => r.status)).toEqual([refused, refused, 202]);
    expect(requestsOf("operations.list")).toHaveLength(0);
    expect(lines.filter((l) => l.includes("retry"))).toHaveLength(2);
  });

  it.each<[string, Fault]>([
    ["503", { kind: "status", status: 503 }],
    ["503 with an HTML body", { kind: "status", status: 503, body: "html" }],
  ])("a %s that applied nothing: looked for first (a 503 may hide a clone), then resent: exactly one clone", async (_label, fault) => {
    await start();
    const { coordinator } = setup();
    emulator.inject({ route: "trainings.clone", fault });
    const { operation, recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(false);
    expect(cloneOps().map((op) => op.id)).toEqual([operation.id]);
    expect(requestsOf("trainings.clone").map((r) => r.status)).toEqual([503, 202]);
    expect(requestsOf("operations.list")).toHaveLength(4);
  });

  it("a 503 after the clone was applied: the clone is found and adopted, never sent again", async () => {
    await start();
    const { coordinator } = setup();
    emulator.inject({ route: "trainings.clone", fault: { kind: "lost", after: 503 } });
    const { operation, recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(true);
    expect(cloneOps().map((op) => op.id)).toEqual([operation.id]);
    expect(requestsOf("trainings.clone").map((r) => r.status)).toEqual([503]);
  });

  it("connection refused before sending: resent at once, exactly one clone", async () => {
    await start();
    const closed = await scriptedServer(() => ({ status: 200 }));
    await closed.close();
    let calls = 0;
    const flaky: FetchLike = (url, init) => {
      calls += 1;
      return fetch(calls === 1 ? url.replace(emulator.baseUrl, closed.baseUrl) : url, init);
    };
    const { coordinator, lines } = setup({ fetch: flaky });
    const { recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(false);
    expect(cloneOps()).toHaveLength(1);
    expect(requestsOf("trainings.clone")).toHaveLength(1);
    expect(lines[0]).toMatch(/network error ECONNREFUSED before the request was sent; retry 1 of 5/);
  });

  it.each([-3_600_000, 3_600_000])("uses the server's clock (skew %d ms), even when the lost clone was the first request", async (clockSkewMs) => {
    await start({ clockSkewMs });
    const { coordinator, client } = setup();
    emulator.inject({ route: "trainings.clone", fault: { kind: "lost", after: 502 } });
    const { operation, recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(true);
    expect(cloneOps().map((op) => op.id)).toEqual([operation.id]);
    expect(requestsOf("trainings.clone")).toHaveLength(1);
    const since = Date.parse(`${requestsOf("operations.list")[0].query.submitted_gte}Z`);
    expect(Math.abs(since - (Date.now() + clockSkewMs))).toBeLessThan(5_000);
    expect(Math.abs(client.serverNowMs() - (Date.now() + clockSkewMs))).toBeLessThan(1_100);
  });

  it("skips claimed operations: an earlier clone claimed elsewhere is not taken", async () => {
    await start();
    const { coordinator, client } = setup();
    const earlier = await client.cloneTraining(sourceId);
    expect(coordinator.claim(earlier.id)).toBe(true);
    emulator.inject({ route: "trainings.clone", fault: { kind: "lost", after: 504 } });
    const { operation, recovered } = await coordinator.cloneTraining(sourceId);
    expect(recovered).toBe(true);
    expect(operation.id).not.toBe(earlier.id);
    expect(cloneOps().map((op) => op.id).sort()).toEqual([earlier.id, operation.id].sort());
  });

  it("gives up with the outcome-unknown error when the deadline leaves no time to look again", async () => {
    await start();
    const { client } = setup({ timeScale: 1 });
    const coordinator = new CloneCoordinator(client, { lookupDelayMs: 1000 });
    emulator.inject({ route: "trainings.clone", fault: { kind: "reset" } });
    const error = await rejectionOf(coordinator.cloneTraining(sourceId, { deadlineMs: Date.now() + 500 }));
    expect(isTolokaOutcomeUnknownError(error)).toBe(true);
    expect(error.message).toMatch(/^POST \/api\/v1\/trainings\/\d+\/clone may or may not have been carried out/);
    expect(requestsOf("trainings.clone")).toHaveLength(1);
    expect(requestsOf("operations.list")).toHaveLength(1);
  });

  it("a lookup that fails ends with the outcome-unknown error, not the lookup's", async () => {
    await start();
    const { coordinator, lines } = setup();
    emulator.inject({ route: "trainings.clone", fault: { kind: "lost", after: 500 } });
    emulator.inject({ route: "operations.list", fault: { kind: "status", status: 403 } });
    const error = await rejectionOf(coordinator.cloneTraining(sourceId));
    expect(isTolokaOutcomeUnknownError(error)).toBe(true);
    expect(error.cause).toMatchObject({ name: "TolokaApiError", status: 500 });
    expect(lines.some((l) => l.startsWith("could not look for the lost clone: Toloka answered 403 ACCESS_DENIED"))).toBe(true);
    expect(requestsOf("trainings.clone")).toHaveLength(1);
  });

  it("passes other errors through untouched", async () => {
    await start();
    const { coordinator } = setup();
    const error = await rejectionOf(coordinator.cloneTraining("99999999"));
    expect(error).toMatchObject({ name: "TolokaApiError", status: 404 });
    expect(requestsOf("operations.list")).toHaveLength(0);
  });

  it("clones of one source never overlap; different sources do", async () => {
    await start();
    const other = emulator.addTraining({ project_id: emulator.addProject().id }).id;
    const spans: { source: string; start: number; end: number }[] = [];
    const timing: FetchLike = async (url, init) => {
      const start = Date.now();
      const response = await fetch(url, init);
      const text = await response.text();
      const source = /trainings\/(\d+)\/clone/.exec(url)?.[1];
      if (source) spans.push({ source, start, end: Date.now() });
      return { status: response.status, headers: response.headers, text: async () => text };
    };
    emulator.inject({ route: "trainings.clone", fault: { kind: "delay", ms: 60 }, times: Infinity });
    const { coordinator } = setup({ fetch: timing });
    await Promise.all([sourceId, sourceId, sourceId, other, other, other].map((s) => coordinator.cloneTraining(s)));
    for (const s of [sourceId, other]) {
      const mine = spans.filter((x) => x.source === s).sort((a, b) => a.start - b.start);
      expect(mine).toHaveLength(3);
      for (let i = 1; i < mine.length; i += 1) expect(mine[i].start).toBeGreaterThanOrEqual(mine[i - 1].end);
    }
    const a = spans.find((x) => x.source === sourceId)!;
    const b = spans.find((x) => x.source === other)!;
    expect(Math.max(a.start, b.start)).toBeLessThan(Math.min(a.end, b.end));
  });

  it("20 concurrent clones of one source with random lost answers: 20 distinct clones, each claimed once", async () => {
    await start();
    const rules: [Fault, number][] = [
      [{ kind: "lost", after: 502 }, 0.15],
      [{ kind: "lost", after: "reset" }, 0.15],
      [{ kind: "lost", after: 500 }, 0.1],
      [{ kind: "lost", after: 504 }, 0.1],
      [{ kind: "lost", after: "hang" }, 0.05],
      [{ kind: "reset" }, 0.1],
      [{ kind: "lost", after: 503 }, 0.1],
    ];
    rules.forEach(([fault, probability], i) =>
      emulator.inject({ route: "trainings.clone", fault, probability, times: Infinity, seed: 7 + i }));
    const { coordinator, client } = setup();
    const results = await Promise.all(Array.from({ length: 20 }, () => coordinator.cloneTraining(sourceId)));
    const ids = results.map((r) => r.operation.id);
    expect(new Set(ids).size).toBe(20);
    expect(new Set(cloneOps().map((op) => op.id))).toEqual(new Set(ids));
    expect(results.every((r) => r.operation.parameters?.training_id === sourceId)).toBe(true);
    for (const id of ids) expect(coordinator.claim(id)).toBe(false);
    const faults = requestsOf("trainings.clone").map((r) => r.fault).filter(Boolean);
    expect(faults.filter((f) => f === "lost").length).toBeGreaterThanOrEqual(3);
    expect(results.filter((r) => r.recovered).length).toBe(faults.filter((f) => f === "lost").length);
    expect(emulator.stats().clones429).toBe(0);
    expect(client).toBeDefined();
  });
});
