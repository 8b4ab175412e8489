import { isTolokaDeadlineError, pacingWindowMs, SlidingWindowLimiter } from "../../provider/toloka";
import { clientFor, ManualClock, startEmulator } from "./helpers";

describe("SlidingWindowLimiter", () => {
  it("grants at most `limit` per sliding window, waiting for the oldest to leave", async () => {
    const clock = new ManualClock(0);
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 1000, clock });
    const grantedAt: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      await limiter.acquire("x");
      grantedAt.push(clock.now());
      clock.nowMs += 100; // work between acquisitions
    }
    expect(grantedAt).toEqual([0, 100, 200, 1000, 1100, 1200, 2000]);
    // At 1100 the grant of 100 has left the window, at 1200 the one of 200: no wait for those.
    expect(clock.sleeps).toEqual([700, 700]);
  });

  it("is FIFO for concurrent waiters", async () => {
    const clock = new ManualClock(0);
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000, clock });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4, 5].map((n) => limiter.acquire(`#${n}`).then(() => order.push(n))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(clock.nowMs).toBe(2000);
  });

  it("rejects at once when the slot would come after the deadline, and serves the next waiter", async () => {
    const clock = new ManualClock(0);
    const lines: string[] = [];
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1000, clock, log: (l) => lines.push(l) });
    await limiter.acquire("first");
    const late = limiter.acquire("POST /late", 500).catch((e: unknown) => e);
    const patient = limiter.acquire("POST /patient", 5000).then(() => clock.now());
    const error = await late;
    expect(isTolokaDeadlineError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^POST \/late was not sent: .*wait 1000 ms more/);
    expect(await patient).toBe(1000);
    expect(lines).toEqual(["pacing POST /patient: waiting 1000 ms for a slot (at most 1 per 1000 ms; 1 waiting)"]);
  });

  it("a refunded slot (its request was refused) is free again at once", async () => {
    const clock = new ManualClock(0);
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000, clock });
    await limiter.acquire("a");
    clock.nowMs = 100;
    const refused = await limiter.acquire("b");
    expect(limiter.inWindow()).toBe(2);
    limiter.refund(refused);
    expect(limiter.inWindow()).toBe(1);
    clock.nowMs = 200;
    await limiter.acquire("c");
    expect(clock.sleeps).toEqual([]);
    limiter.refund(undefined);
    expect(limiter.inWindow()).toBe(2);
  });

  it("a clone refused with 429 gives its pacing slot back before it is sent again", async () => {
    const emulator = await startEmulator();
    try {
      const project = emulator.addProject();
      const source = emulator.addTraining({ project_id: project.id });
      emulator.inject({ route: "trainings.clone", fault: { kind: "status", status: 429, retryAfterSeconds: 1 } });
      const { client } = clientFor(emulator, { cloneRatePerWindow: 2, cloneRateWindowMs: 1_000_000 });
      await client.cloneTraining(source.id);
      // One refusal and one accepted clone: only the accepted one holds a slot, so one more goes at once.
      const started = Date.now();
      await client.cloneTraining(source.id);
      expect(Date.now() - started).toBeLessThan(500);
      expect(emulator.requests.filter((r) => r.route === "trainings.clone").map((r) => r.status)).toEqual([429, 202, 202]);
    } finally {
      await emulator.close();
    }
  });

  it("paces with a margin over Toloka's window: the server counts arrivals, the limiter departures", () => {
    expect(pacingWindowMs(60_000, 1)).toBe(61_200);
    expect(pacingWindowMs(3_000, 1)).toBe(3_060);
    expect(pacingWindowMs(1_000, 1)).toBe(1_050);
    expect(pacingWindowMs(60_000, 0.01)).toBe(612);
    expect(pacingWindowMs(0, 1)).toBe(0);
  });

  it("limit 0 or window 0 turns pacing off", async () => {
    const clock = new ManualClock(0);
    for (const [limit, windowMs] of [[0, 1000], [5, 0]]) {
      const limiter = new SlidingWindowLimiter({ limit, windowMs, clock });
      for (let i = 0; i < 50; i += 1) await limiter.acquire("x");
    }
    expect(clock.sleeps).toEqual([]);
  });

  it("paces the clones of one client over HTTP, shared by all its calls", async () => {
    const emulator = await startEmulator();
    try {
      const project = emulator.addProject();
      const sources = [1, 2, 3].map(() => emulator.addTraining({ project_id: project.id }));
      // 3 clones per 200 ms window (timeScale 0.001 turns 200 s into 200 ms).
      const { client, lines } = clientFor(emulator, { cloneRatePerWindow: 3, cloneRateWindowMs: 200_000 });
      const started = Date.now();
      await Promise.all(sources.flatMap((s) => [client.cloneTraining(s.id), client.cloneTraining(s.id)]));
      const arrivals = emulator.requests.filter((r) => r.route === "trainings.clone").map((r) => r.at - started);
      expect(arrivals).toHaveLength(6);
      expect(arrivals.slice(0, 3).every((t) => t < 150)).toBe(true);
      expect(arrivals.slice(3).every((t) => t >= 195)).toBe(true);
      expect(lines.filter((l) => l.includes("pacing POST /api/v1/trainings/")).length).toBeGreaterThanOrEqual(1);
    } finally {
      await emulator.close();
    }
  });
});
