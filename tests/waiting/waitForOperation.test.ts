import {
  isOperationFailedError,
  isOperationTimeoutError,
  OperationDurationHistory,
  OperationTimeoutError,
  pollOperation,
  resolveWaitOptions,
  sdkFixedSchedule,
  waitForOperation,
} from "../../provider/waiting";
import type { OperationLogItem } from "../../provider/toloka/types";
import { caught, FakeClock, op, scriptedGet } from "./fakes";

const running = (progress: number) => op("RUNNING", { progress, started: "2021-02-26T10:13:33.000" });
const success = op("SUCCESS", { progress: 100, started: "2021-02-26T10:13:33.000", finished: "2021-02-26T10:13:35.000", details: { training_id: "456" } });
const fail = op("FAIL", { progress: 30, started: "2021-02-26T10:13:33.000", finished: "2021-02-26T10:13:34.000" });
const failLog: OperationLogItem[] = [
  { type: "TRAINING_CLONE", success: false, input: { training_id: "123" }, output: { code: "CONFLICT_STATE", message: "Training 123 is archived" } },
];

describe("waitForOperation: the loop", () => {
  test("default schedule with nothing known: sleeps 500, 1000, 1000 (the SDK's cadence), one GET after each", async () => {
    const clock = new FakeClock();
    const { getOperation, calls } = scriptedGet(clock, [running(0), running(0), success]);
    const t0 = clock.now();
    const result = await waitForOperation(op("PENDING", { progress: 0 }), { getOperation, clock }, {});
    expect(result).toBe(success);
    expect(clock.sleeps).toEqual([500, 1000, 1000]);
    expect(calls.map((c) => c.at - t0)).toEqual([500, 1500, 2500]);
    expect(calls.every((c) => c.id === success.id)).toBe(true);
  });

  test("a replaced schedule is followed exactly", async () => {
    const clock = new FakeClock();
    const { getOperation } = scriptedGet(clock, [running(10), running(20), running(30), success]);
    await waitForOperation(op("PENDING"), { getOperation, clock }, { schedule: sdkFixedSchedule });
    expect(clock.sleeps).toEqual([500, 1000, 1000, 1000]);
  });

  test("never sleeps past the deadline: the last sleep is cut to land on it, for one last GET", async () => {
    const clock = new FakeClock();
    const { getOperation, calls } = scriptedGet(clock, [running(0)]);
    const t0 = clock.now();
    const error = await caught(waitForOperation(op("PENDING"), { getOperation, clock }, { schedule: sdkFixedSchedule, timeoutMs: 2200 }));
    expect(clock.sleeps).toEqual([500, 1000, 700]);
    expect(calls.map((c) => c.at - t0)).toEqual([500, 1500, 2200]);
    expect(clock.now() - t0).toBe(2200);
    expect(isOperationTimeoutError(error)).toBe(true);
  });

  test("the last-chance GET at the deadline can still succeed", async () => {
    const clock = new FakeClock();
    const { getOperation, calls } = scriptedGet(clock, [running(0), running(50), success]);
    const result = await waitForOperation(op("PENDING"), { getOperation, clock }, { schedule: sdkFixedSchedule, timeoutMs: 2200 });
    expect(result).toBe(success);
    expect(calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([500, 1000, 700]);
  });

  test("the deadline holds for the adaptive schedule too (no sleep ends after it)", async () => {
    const clock = new FakeClock();
    const { getOperation, calls } = scriptedGet(clock, [running(0)]);
    const t0 = clock.now();
    await caught(waitForOperation(op("PENDING"), { getOperation, clock }, { timeoutMs: 10_000 }));
    expect(clock.now() - t0).toBe(10_000);
    expect(calls[calls.length - 1].at - t0).toBe(10_000);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  test("timeout: fields and an actionable message", async () => {
    const clock = new FakeClock();
    const { getOperation } = scriptedGet(clock, [running(0), running(42)]);
    const error = (await caught(
      waitForOperation(op("PENDING"), { getOperation, clock }, { schedule: sdkFixedSchedule, timeoutMs: 1500 }),
    )) as OperationTimeoutError;
    expect(error).toBeInstanceOf(OperationTimeoutError);
    expect(error).toMatchObject({
      name: "OperationTimeoutError",
      operationId: running(0).id,
      operationType: "TRAINING.CLONE",
      lastStatus: "RUNNING",
      lastProgress: 42,
      waitedMs: 1500,
    });
    expect(error.message).toContain(running(0).id);
    expect(error.message).toContain("1.5 s");
    expect(error.message).toContain("RUNNING at 42%");
    expect(error.message).toContain("operationTimeoutSeconds");
    expect(error.message).toContain("check it in Toloka");
  });

  test("onProgress: the first look and every change of status or progress, with ms waited", async () => {
    const clock = new FakeClock();
    const { getOperation } = scriptedGet(clock, [running(0), running(0), running(40), running(40), success]);
    const seen: Array<[string, number | undefined, number]> = [];
    await waitForOperation(
      op("PENDING", { progress: 0 }),
      { getOperation, clock },
      { schedule: sdkFixedSchedule, onProgress: (o, ms) => seen.push([o.status, o.progress, ms]) },
    );
    expect(seen).toEqual([
      ["PENDING", 0, 0],
      ["RUNNING", 0, 500],
      ["RUNNING", 40, 2500],
      ["SUCCESS", 100, 4500],
    ]);
  });

  test("an operation finished already needs no GET", async () => {
    const clock = new FakeClock();
    const { getOperation, calls } = scriptedGet(clock, [new Error("must not be called")]);
    const getOperationLog = jest.fn(async () => failLog);
    await expect(waitForOperation(success, { getOperation, clock }, {})).resolves.toBe(success);
    const error = await caught(waitForOperation(fail, { getOperation, getOperationLog, clock }, {}));
    expect(isOperationFailedError(error)).toBe(true);
    expect(calls).toHaveLength(0);
    expect(clock.sleeps).toEqual([]);
    expect(getOperationLog).toHaveBeenCalledWith(fail.id);
  });

  test("given an id, GETs it at once", async () => {
    const clock = new FakeClock();
    const { getOperation, calls } = scriptedGet(clock, [success]);
    const t0 = clock.now();
    await expect(waitForOperation(success.id, { getOperation, clock }, {})).resolves.toBe(success);
    expect(calls).toEqual([{ id: success.id, at: t0 }]);
    expect(clock.sleeps).toEqual([]);
  });

  test("errors of getOperation propagate unchanged", async () => {
    const clock = new FakeClock();
    const boom = new Error("socket hang up");
    const { getOperation } = scriptedGet(clock, [running(10), boom]);
    await expect(waitForOperation(op("PENDING"), { getOperation, clock }, {})).rejects.toBe(boom);
  });

  test("a schedule returning no valid delay is a bug, reported as such", async () => {
    const clock = new FakeClock();
    const { getOperation } = scriptedGet(clock, [running(10)]);
    await expect(waitForOperation(op("PENDING"), { getOperation, clock }, { schedule: () => NaN })).rejects.toThrow(
      "The poll schedule returned NaN",
    );
  });

  test("feeds the history with the finished operation and whether it showed progress", async () => {
    const clock = new FakeClock();
    const history = new OperationDurationHistory();
    const { getOperation } = scriptedGet(clock, [running(30), success]);
    await waitForOperation(op("PENDING"), { getOperation, clock }, { history });
    expect(history.samples("TRAINING.CLONE")).toEqual([
      { operationId: success.id, type: "TRAINING.CLONE", durationMs: 2079, showedProgress: true },
    ]);
  });

  test("pollOperation returns the state; only throwOnWaiterResult throws", async () => {
    const clock = new FakeClock();
    const { getOperation } = scriptedGet(clock, [running(10), fail]);
    const result = await pollOperation(op("PENDING"), { getOperation, clock }, resolveWaitOptions({ schedule: sdkFixedSchedule }));
    expect(result).toEqual({ state: "FAILURE", operation: fail, elapsedMs: 1500, polls: 2 });
    const timeout = await pollOperation(op("PENDING"), { getOperation: async () => running(1), clock }, resolveWaitOptions({ timeoutMs: 0 }));
    expect(timeout).toMatchObject({ state: "TIMEOUT", polls: 0, elapsedMs: 0 });
  });
});
