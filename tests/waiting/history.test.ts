import { historyPollTarget, OperationDurationHistory } from "../../provider/waiting";
import { op } from "./fakes";

function finished(id: string, durationMs: number, type = "TRAINING.CLONE") {
  const submitted = Date.UTC(2024, 0, 1, 12, 0, 0);
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, -1);
  return op("SUCCESS", { id, type, submitted: stamp(submitted), finished: stamp(submitted + durationMs) });
}

describe("OperationDurationHistory", () => {
  test("records finished operations from submitted/finished, once each, per type", () => {
    const h = new OperationDurationHistory();
    expect(h.record(finished("a", 1200))).toBe(true);
    expect(h.record(finished("a", 1200))).toBe(false);
    expect(h.record({ ...finished("b", 900), status: "FAIL" })).toBe(true);
    expect(h.record(finished("c", 5000, "TRAINING.ARCHIVE"))).toBe(true);
    expect(h.durationsMs("TRAINING.CLONE")).toEqual([1200, 900]);
    expect(h.durationsMs("TRAINING.ARCHIVE")).toEqual([5000]);
  });

  test("ignores unfinished operations and missing or broken timestamps", () => {
    const h = new OperationDurationHistory();
    expect(h.record(op("RUNNING"))).toBe(false);
    expect(h.record(op("SUCCESS"))).toBe(false); // no `finished`
    expect(h.record(op("SUCCESS", { finished: "yesterday" }))).toBe(false);
    expect(h.record(op("SUCCESS", { submitted: "2021-02-26T10:13:32.921", finished: "2021-02-26T10:13:30.000" }))).toBe(false);
    expect(h.durationsMs("TRAINING.CLONE")).toEqual([]);
  });

  test("keeps the most recent maxSamplesPerType", () => {
    const h = new OperationDurationHistory({ maxSamplesPerType: 2 });
    for (const [i, d] of [100, 200, 300].entries()) h.record(finished(`op${i}`, d));
    h.record(finished("other", 7, "TRAINING.CLOSE"));
    expect(h.durationsMs("TRAINING.CLONE")).toEqual([200, 300]);
    expect(h.durationsMs("TRAINING.CLOSE")).toEqual([7]);
  });

  test("expectsProgress votes over operations seen running", () => {
    const h = new OperationDurationHistory();
    expect(h.expectsProgress("TRAINING.CLONE")).toBeUndefined();
    h.record(finished("a", 100)); // never seen running: no vote
    expect(h.expectsProgress("TRAINING.CLONE")).toBeUndefined();
    h.record(finished("b", 100), false);
    expect(h.expectsProgress("TRAINING.CLONE")).toBe(false);
    h.record(finished("c", 100), true);
    h.record(finished("d", 100), true);
    expect(h.expectsProgress("TRAINING.CLONE")).toBe(true);
  });

  test("rejects a bad maxSamplesPerType, quoting it", () => {
    expect(() => new OperationDurationHistory({ maxSamplesPerType: 0 })).toThrow(/maxSamplesPerType.*got 0/);
  });
});

describe("historyPollTarget", () => {
  // 7.0 s .. 13.0 s in steps of 300 ms, in an order unrelated to their length (recent ones weigh more).
  const band = Array.from({ length: 21 }, (_, i) => 7000 + ((i * 8) % 21) * 300);
  const base = { durationsMs: band, pollCostMs: 100 };

  test("undefined when no earlier operation ran longer than this one has", () => {
    expect(historyPollTarget({ ...base, ageMs: 14_400, expectsProgress: false, firstPoll: false })).toBeUndefined();
    expect(historyPollTarget({ ...base, durationsMs: [], ageMs: 0, expectsProgress: false, firstPoll: true })).toBeUndefined();
  });

  test("no progress expected: no GET before the earliest finish, then looks densest where they finish", () => {
    const first = historyPollTarget({ ...base, ageMs: 0, expectsProgress: false, firstPoll: true })!;
    expect(first).toBeGreaterThan(0.9 * 7000);
    expect(first).toBeLessThan(9000);
    const gaps: number[] = [];
    let age = first;
    for (let i = 0; i < 30; i++) {
      const next = historyPollTarget({ ...base, ageMs: age, expectsProgress: false, firstPoll: false });
      if (next === undefined) break;
      gaps.push(next - age);
      age = next;
    }
    expect(age).toBeGreaterThanOrEqual(13_000 * 1.1 - 1); // the last look covers the longest duration
    expect(Math.max(...gaps)).toBeLessThan(1000); // denser than the official SDK's 1 s
  });

  test("progress expected: one early look, just after the earliest finishes", () => {
    const probe = historyPollTarget({ ...base, ageMs: 0, expectsProgress: true, firstPoll: true })!;
    const jumpFirst = historyPollTarget({ ...base, ageMs: 0, expectsProgress: false, firstPoll: true })!;
    expect(probe).toBeGreaterThan(0.9 * 7000);
    expect(probe).toBeLessThan(jumpFirst);
    // unknown counts as "may show progress"
    expect(historyPollTarget({ ...base, ageMs: 0, expectsProgress: undefined, firstPoll: true })).toBe(probe);
  });

  test("a single earlier duration is taken as about that long (plus or minus 10%)", () => {
    const first = historyPollTarget({ durationsMs: [10_000], pollCostMs: 100, ageMs: 0, expectsProgress: false, firstPoll: true })!;
    expect(first).toBeGreaterThan(9000);
    expect(first).toBeLessThanOrEqual(11_000);
  });

  test("recent durations weigh more: the history follows a change", () => {
    const short = Array.from({ length: 10 }, () => 1000);
    const long = Array.from({ length: 40 }, () => 3000);
    const first = (durationsMs: number[]) =>
      historyPollTarget({ durationsMs, pollCostMs: 100, ageMs: 0, expectsProgress: false, firstPoll: true })!;
    expect(first([...short, ...long])).toBeGreaterThan(2700); // they take 3 s now: no look at 1 s
    expect(first([...long, ...short])).toBeLessThanOrEqual(1100); // they take 1 s now
  });
});
