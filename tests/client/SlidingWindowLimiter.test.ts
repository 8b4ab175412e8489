import { isTolokaDeadlineError, SlidingWindowLimiter } from "../../provider/toloka";
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
