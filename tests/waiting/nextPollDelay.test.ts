import {
  awsV3Schedule,
  DEFAULT_POLL_SCHEDULE_OPTIONS,
  nextPollDelay,
  OperationDurationHistory,
  sdkFixedSchedule,
  type PollObservation,
  type PollState,
} from "../../provider/waiting";
import { op } from "./fakes";

const look = (atMs: number, progress: number | undefined, status: PollObservation["status"] = "RUNNING"): PollObservation => ({
  atMs,
  status,
  progress,
});

/** A state in which the operation was submitted at 0 and started at once (started = submitted). */
function state(elapsedMs: number, observations: PollObservation[], extra: Partial<PollState> = {}): PollState {
  const last = observations[observations.length - 1];
  return {
    operation: op(last.status, { progress: last.progress, started: "2021-02-26T10:13:32.921" }),
    polls: observations.length - 1,
    elapsedMs,
    remainingMs: 600_000 - elapsedMs,
    observations,
    submittedAtMs: 0,
    ...extra,
  };
}

const options = { ...DEFAULT_POLL_SCHEDULE_OPTIONS };

describe("nextPollDelay: nothing known", () => {
  test("the official SDK's cadence: 500 ms, then 1000 ms", () => {
    expect(nextPollDelay(state(0, [look(0, 0, "PENDING")]), options)).toBe(500);
    expect(nextPollDelay(state(500, [look(0, 0, "PENDING"), look(500, 0)]), options)).toBe(1000);
    expect(nextPollDelay(state(9500, [look(0, 0, "PENDING"), look(9500, 0)]), options)).toBe(1000);
  });

  test("backs off on long waits: backoffRatio x age, up to maxDelayMs", () => {
    expect(nextPollDelay(state(60_000, [look(0, 0, "PENDING"), look(60_000, 0)]), options)).toBe(3000);
    expect(nextPollDelay(state(300_000, [look(0, 0, "PENDING"), look(300_000, 0)]), options)).toBe(5000);
  });
});

describe("nextPollDelay: progress", () => {
  test("aims finishMarginMs after the latest predicted finish", () => {
    // 50% at 500 ms: the finish is at most 500 + 50.5 / (49.5 / 500) ms.
    const delay = nextPollDelay(state(500, [look(0, 0, "PENDING"), look(500, 50)]), options);
    expect(delay).toBeCloseTo(500 + 50.5 / (49.5 / 500) + 20 - 500, 6);
  });

  test("takes one more look before the earliest finish when the prediction is still wide", () => {
    // 2% at 250 ms: finish between 8.3 s and 16.7 s; look at 80% of the way to 8.3 s.
    const delay = nextPollDelay(state(250, [look(0, 0, "PENDING"), look(250, 2)]), { ...options, maxDelayMs: 20_000 });
    const earliest = 250 + 97 / (3 / 250);
    expect(delay).toBeCloseTo(0.8 * (earliest - 250), 6);
  });

  test("never sleeps more than maxDelayMs on a prediction", () => {
    expect(nextPollDelay(state(250, [look(0, 0, "PENDING"), look(250, 2)]), options)).toBe(5000);
  });

  test("backs off while progress stands still (a stall is not a finish)", () => {
    const looks = [look(0, 0, "PENDING"), look(1000, 99), look(3000, 99)];
    expect(nextPollDelay(state(3000, looks), options)).toBe(1000); // half of the 2 s it has stood at 99
  });

  test("never sleeps less than minDelayMs", () => {
    // 99% at 9.9 s: the finish is at most 1.5 / (98.5 / 9900) = 151 ms away.
    const s = state(9900, [look(0, 0, "PENDING"), look(9900, 99)]);
    expect(nextPollDelay(s, { ...options, finishMarginMs: 0 })).toBeCloseTo(1.5 / (98.5 / 9900), 6);
    expect(nextPollDelay(s, { ...options, finishMarginMs: 0, minDelayMs: 200 })).toBe(200);
  });
});

describe("nextPollDelay: history", () => {
  function historyOf(durations: number[], showedProgress: boolean): OperationDurationHistory {
    const h = new OperationDurationHistory();
    const t0 = Date.UTC(2024, 0, 1);
    const stamp = (ms: number) => new Date(ms).toISOString().slice(0, -1);
    durations.forEach((d, i) =>
      h.record(op("SUCCESS", { id: `old-${i}`, submitted: stamp(t0), finished: stamp(t0 + d) }), showedProgress),
    );
    return h;
  }
  const band = Array.from({ length: 21 }, (_, i) => 2000 + i * 100); // 2.0 s .. 4.0 s

  test("no GET before earlier operations of the type finish", () => {
    const delay = nextPollDelay(state(0, [look(0, 0, "PENDING")]), { ...options, history: historyOf(band, false) });
    expect(delay).toBeGreaterThan(1800);
    expect(delay).toBeLessThan(3000);
  });

  test("progress expected: the first look comes early enough to extrapolate from", () => {
    const jump = nextPollDelay(state(0, [look(0, 0, "PENDING")]), { ...options, history: historyOf(band, false) });
    const linear = nextPollDelay(state(0, [look(0, 0, "PENDING")]), { ...options, history: historyOf(band, true) });
    expect(linear).toBeLessThan(jump);
    expect(linear).toBeGreaterThan(1800);
  });

  test("an operation met under way (submission time unknown) does not use the history", () => {
    const s = state(0, [look(0, 0, "PENDING")], { submittedAtMs: undefined });
    expect(nextPollDelay(s, { ...options, history: historyOf(band, false) })).toBe(500);
  });

  test("past every earlier duration: late, so it falls back to the SDK's cadence (backing off on long waits)", () => {
    const s = state(5000, [look(0, 0, "PENDING"), look(5000, 0)]);
    expect(nextPollDelay(s, { ...options, history: historyOf(band, false) })).toBe(1000);
    expect(nextPollDelay({ ...s, elapsedMs: 100_000 }, { ...options, history: historyOf(band, false) })).toBe(5000);
  });
});

describe("comparison schedules", () => {
  test("sdkFixedSchedule: 0.5 s, then 1 s", () => {
    const s = state(0, [look(0, 0, "PENDING")]);
    expect([0, 1, 2, 7].map((polls) => sdkFixedSchedule({ ...s, polls }))).toEqual([500, 1000, 1000, 1000]);
  });

  test("awsV3Schedule: at once, then uniform in [2 s, 2 s x 2^(n-1)], 120 s past the ceiling", () => {
    const schedule = awsV3Schedule(() => 0.5);
    const s = state(0, [look(0, 0, "PENDING")]);
    expect([0, 1, 2, 3, 6, 7].map((polls) => schedule({ ...s, polls }))).toEqual([0, 2000, 3000, 5000, 33_000, 120_000]);
    expect(awsV3Schedule(() => 0.999, { minDelaySeconds: 1, maxDelaySeconds: 4 })({ ...s, polls: 3 })).toBeCloseTo(3997, 6);
  });

  test("awsV3Schedule rejects bad delays, quoting them", () => {
    expect(() => awsV3Schedule(Math.random, { minDelaySeconds: 5, maxDelaySeconds: 2 })).toThrow(/got 5 and 2/);
  });
});
