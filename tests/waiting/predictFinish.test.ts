import { predictFinish, type PollObservation } from "../../provider/waiting";

const look = (atMs: number, progress: number | undefined, status: PollObservation["status"] = "RUNNING"): PollObservation => ({
  atMs,
  status,
  progress,
});

describe("predictFinish", () => {
  test("one look and the anchor bound the finish, integer progress taken as [p - 0.5, p + 1)", () => {
    // 50% at 500 ms after the start: the rate is between 49.5/500 and 51/500 per ms.
    const p = predictFinish([look(0, 0, "PENDING"), look(500, 50)], 0)!;
    expect(p.earliestMs).toBeCloseTo(500 + 49 / (51 / 500), 6);
    expect(p.latestMs).toBeCloseTo(500 + 50.5 / (49.5 / 500), 6);
    expect(p.referenceMs).toBe(0);
  });

  test("two looks predict without an anchor (an operation met already under way)", () => {
    const p = predictFinish([look(0, 20), look(1000, 60)])!;
    // rate in [(59.5 - 21) / 1000, (61 - 19.5) / 1000]
    expect(p.earliestMs).toBeCloseTo(1000 + 39 / 0.0415, 6);
    expect(p.latestMs).toBeCloseTo(1000 + 40.5 / 0.0385, 6);
  });

  test("a look at 0 before the start does not contradict a later start", () => {
    // PENDING at 0, progress started at 100 ms (anchor), 40% at 500 ms.
    const p = predictFinish([look(0, 0, "PENDING"), look(500, 40)], 100)!;
    expect(p.earliestMs).toBeCloseTo(500 + 59 / (41 / 400), 6);
    expect(p.latestMs).toBeCloseTo(500 + 60.5 / (39.5 / 400), 6);
  });

  test("drops an anchor the looks contradict", () => {
    // The anchor says 0% at 0, but 50% at 100 and 60% at 1100 mean a much slower, later start.
    const p = predictFinish([look(100, 50), look(1100, 60)], 0)!;
    expect(p.latestMs).toBeCloseTo(1100 + 40.5 / (8.5 / 1000), 6);
  });

  test.each([
    ["no looks", []],
    ["no progress", [look(0, 0, "PENDING"), look(500, undefined)]],
    ["progress 0", [look(0, 0, "PENDING"), look(500, 0)]],
    ["progress 100", [look(0, 0, "PENDING"), look(500, 100)]],
    ["a single look and no anchor", [look(500, 40)]],
  ])("undefined with %s", (_name, looks) => {
    expect(predictFinish(looks as PollObservation[], undefined)).toBeUndefined();
  });
});
