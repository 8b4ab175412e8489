import {
  isTolokaDeadlineError,
  isTolokaNetworkError,
  isTolokaQuotaError,
  TolokaClient,
} from "../../provider/toloka";
import type { TolokaEmulator } from "../../emulator";
import { clientFor, rejectionOf, scriptedServer, SkippingClock, startEmulator, type ScriptedAnswer } from "./helpers";

let emulator: TolokaEmulator;
let trainingId: string;
beforeAll(async () => {
  emulator = await startEmulator();
  trainingId = emulator.addTraining({ project_id: emulator.addProject().id }).id;
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.clearFaults();
  emulator.clearRequests();
});

/** timeScale 1 and a clock that records waits instead of spending them. */
function recording(settings: Parameters<typeof clientFor>[1] = {}) {
  const clock = new SkippingClock();
  return { clock, ...clientFor(emulator, { clock, timeScale: 1, random: () => 0.5, ...settings }) };
}

describe("backoff", () => {
  it("is exponential with jitter between the floor and a doubling ceiling", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 500 }, times: 4 });
    const { clock, client } = recording({ maxRetries: 5 });
    await client.getTraining(trainingId);
    // random 0.5: 250 + 0.5 * (ceiling - 250), ceilings 500, 1000, 2000, 4000.
    expect(clock.sleeps).toEqual([375, 625, 1125, 2125]);
  });

  it("is capped by maxRetryDelayMs", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 500 }, times: 5 });
    const { clock, client } = recording({ maxRetries: 5, random: () => 1, maxRetryDelayMs: 1500 });
    await client.getTraining(trainingId);
    expect(clock.sleeps).toEqual([500, 1000, 1500, 1500, 1500]);
  });

  it("is multiplied by timeScale", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 502 }, times: 2 });
    const { clock, client } = recording({ timeScale: 0.01, random: () => 1 });
    await client.getTraining(trainingId);
    expect(clock.sleeps).toEqual([5, 10]);
  });
});

describe("Retry-After", () => {
  it("seconds are honoured exactly, without jitter", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 503, retryAfterSeconds: 7 } });
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 429, retryAfterSeconds: 2 } });
    const { clock, client, lines } = recording({ random: () => 0.123 });
    await client.getTraining(trainingId);
    expect(clock.sleeps).toEqual([7000, 2000]);
    expect(lines[0]).toBe(
      `GET /api/v1/trainings/${trainingId}: Toloka answered 503 REMOTE_SERVICE_UNAVAILABLE; Retry-After 7000 ms; retry 1 of 5 in 7000 ms`,
    );
  });

  it("is clamped to maxRetryAfterMs", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 503, retryAfterSeconds: 3600 } });
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 503, retryAfterSeconds: 3600 } });
    const { clock, client } = recording({ maxRetryAfterMs: 4000 });
    await client.getTraining(trainingId);
    expect(clock.sleeps).toEqual([4000, 4000]);
    const dflt = recording();
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 503, retryAfterSeconds: 3600 } });
    await dflt.client.getTraining(trainingId);
    expect(dflt.clock.sleeps).toEqual([120_000]);
  });

  it("an HTTP date is measured against the answer's own Date header", async () => {
    const serverNow = Date.parse("2030-01-01T00:00:00Z");
    const server = await scriptedServer((n): ScriptedAnswer =>
      n === 0
        ? {
            status: 503,
            headers: { Date: new Date(serverNow).toUTCString(), "Retry-After": new Date(serverNow + 9000).toUTCString() },
          }
        : { status: 200, headers: { "Content-Type": "application/json" }, body: '{"id":"5","project_id":"1","status":"OPEN"}' },
    );
    try {
      const clock = new SkippingClock();
      const client = new TolokaClient({ baseUrl: server.baseUrl, apiKey: "test-api-key-0123456789", clock });
      expect((await client.getTraining("5")).id).toBe("5");
      expect(clock.sleeps).toEqual([9000]);
    } finally {
      await server.close();
    }
  });
});

describe("quotas", () => {
  it("MIN waits Retry-After, or a full cloneRateWindowMs without one, then succeeds", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "quota", interval: "MIN", retryAfterSeconds: 3 } });
    emulator.inject({ route: "trainings.get", fault: { kind: "quota", interval: "MIN" } });
    const { clock, client, lines } = recording({ cloneRateWindowMs: 45_000 });
    await client.getTraining(trainingId);
    expect(clock.sleeps).toEqual([3000, 45_000]);
    expect(lines[1]).toContain("the per-minute quota (MIN) is used up; waiting for the minute to pass; retry 2 of 5 in 45000 ms");
    const off = recording({ cloneRateWindowMs: 0 });
    emulator.inject({ route: "trainings.get", fault: { kind: "quota", interval: "MIN" } });
    await off.client.getTraining(trainingId);
    expect(off.clock.sleeps).toEqual([60_000]);
  });

  it("MIN over real time: the emulator's minute quota is waited out (clone pacing off)", async () => {
    const quick = await startEmulator({ cloneQuota: { perMinute: 2, minuteWindowMs: 300, retryAfter: false } });
    try {
      const source = quick.addTraining({ project_id: quick.addProject().id });
      // A 300 s window at timeScale 0.001 is 300 ms; maxRetryAfterMs must not clamp it.
      const { client } = clientFor(quick, { cloneRatePerWindow: 0, cloneRateWindowMs: 300_000, maxRetryAfterMs: 300_000 });
      const started = Date.now();
      for (let i = 0; i < 3; i += 1) await client.cloneTraining(source.id);
      const clones = quick.requests.filter((r) => r.route === "trainings.clone");
      expect(clones.map((r) => r.status)).toEqual([202, 202, 429, 202]);
      expect(clones[3].at - clones[2].at).toBeGreaterThanOrEqual(290);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await quick.close();
    }
  });

  it.each([
    ["HOUR", 1800, "hourly"],
    ["DAY", 36_000, "daily"],
  ] as const)("%s fails at once with its reset time", async (interval, seconds, word) => {
    emulator.inject({ route: "trainings.clone", fault: { kind: "quota", interval, retryAfterSeconds: seconds, limit: 100 } });
    const { clock, client } = recording();
    const before = clock.now();
    const error = await rejectionOf(client.cloneTraining(trainingId));
    expect(isTolokaQuotaError(error)).toBe(true);
    expect(error).toMatchObject({ name: "TolokaQuotaError", status: 429, code: "TOO_MANY_REQUESTS", interval });
    expect(Math.abs(error.resetsAt.getTime() - (before + seconds * 1000))).toBeLessThan(2000);
    expect(error.message).toContain(`Toloka's ${word} quota (${interval}) (limit 100) for this account is used up`);
    expect(error.message).toContain(`It resets at ${error.resetsAt.toISOString()}.`);
    expect(error.message).toContain("ask Toloka support for a higher quota");
    expect(clock.sleeps).toEqual([]);
    expect(emulator.requests).toHaveLength(1);
  });

  it("a DAY quota without Retry-After says it does not know when", async () => {
    const quick = await startEmulator({ cloneQuota: { perDay: 1, retryAfter: false } });
    try {
      const source = quick.addTraining({ project_id: quick.addProject().id });
      const { client } = clientFor(quick);
      await client.cloneTraining(source.id);
      const error = await rejectionOf(client.cloneTraining(source.id));
      expect(error).toMatchObject({ name: "TolokaQuotaError", interval: "DAY", resetsAt: undefined });
      expect(error.message).toContain("Toloka did not say when it resets; it resets within a day.");
      expect(quick.requests.map((r) => r.status)).toEqual([202, 429]);
    } finally {
      await quick.close();
    }
  });
});

describe("deadlines", () => {
  it("no wait passes the deadline: the last error is thrown instead", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 503, retryAfterSeconds: 5 }, times: Infinity });
    const { clock, client, lines } = recording();
    const error = await rejectionOf(client.getTraining(trainingId, { deadlineMs: clock.now() + 12_000 }));
    expect(error).toMatchObject({ name: "TolokaApiError", status: 503 });
    expect(clock.sleeps).toEqual([5000, 5000]);
    expect(emulator.requests).toHaveLength(3);
    expect(lines[2]).toMatch(/giving up on GET .*waiting 5000 ms would pass the deadline$/);
  });

  it("a passed deadline sends nothing", async () => {
    const { clock, client } = recording();
    const error = await rejectionOf(client.getTraining(trainingId, { deadlineMs: clock.now() - 1 }));
    expect(isTolokaDeadlineError(error)).toBe(true);
    expect(error.message).toMatch(/^GET \/api\/v1\/trainings\/\d+ was not sent: its deadline/);
    expect(emulator.requests).toEqual([]);
  });

  it("cuts the per-attempt timeout short", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "delay", ms: 3000 } });
    const { client } = clientFor(emulator);
    const started = Date.now();
    const error = await rejectionOf(client.getTraining(trainingId, { deadlineMs: Date.now() + 250 }));
    expect(isTolokaNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ timedOut: true, requestSent: true });
    expect(error.timeoutMs).toBeLessThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(emulator.requests).toHaveLength(1);
  });
});

describe("network failures on idempotent calls", () => {
  it("a reset connection is retried", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "reset" }, times: 2 });
    const { client, lines } = clientFor(emulator);
    expect((await client.getTraining(trainingId)).id).toBe(trainingId);
    expect(emulator.requests.map((r) => r.status)).toEqual([0, 0, 200]);
    expect(lines[0]).toMatch(/^GET \/api\/v1\/trainings\/\d+: network error ECONNRESET; retry 1 of 5 in \d+ ms$/);
  });

  it("a timeout is retried", async () => {
    emulator.inject({ route: "trainings.get", fault: { kind: "delay", ms: 2000 } });
    const { client, lines } = clientFor(emulator, { requestTimeoutMs: 150 });
    expect((await client.getTraining(trainingId)).id).toBe(trainingId);
    expect(lines[0]).toMatch(/: no answer in time; retry 1 of 5/);
  });

  it("connection refused: retried, then a TolokaNetworkError that says so", async () => {
    const server = await scriptedServer(() => ({ status: 200 }));
    const baseUrl = server.baseUrl;
    await server.close();
    const clock = new SkippingClock();
    const client = new TolokaClient({ baseUrl, apiKey: "test-api-key-0123456789", clock, maxRetries: 2 });
    const error = await rejectionOf(client.getTraining("1"));
    expect(error).toMatchObject({ name: "TolokaNetworkError", code: "ECONNREFUSED", requestSent: false, timedOut: false });
    expect(error.message).toMatch(/^Could not reach Toloka for GET \/api\/v1\/trainings\/1: ECONNREFUSED: .*Check the network and the baseUrl setting\.$/);
    expect(clock.sleeps).toHaveLength(2);
    expect(error.cause).toMatchObject({ code: "ECONNREFUSED" });
  });
});
