import { isOperationFailedError, OperationFailedError, resolveWaitOptions, waitForOperation } from "../../provider/waiting";
import type { OperationLogItem } from "../../provider/toloka/types";
import { caught, FakeClock, op, scriptedGet } from "./fakes";

const running = (progress: number) => op("RUNNING", { progress, started: "2021-02-26T10:13:33.000" });
const success = op("SUCCESS", { progress: 100, finished: "2021-02-26T10:13:35.000" });
const fail = op("FAIL", { progress: 30, started: "2021-02-26T10:13:33.000", finished: "2021-02-26T10:13:34.000" });
const failLog: OperationLogItem[] = [
  { type: "TRAINING_CLONE", success: false, input: { training_id: "123" }, output: { code: "CONFLICT_STATE", message: "Training 123 is archived" } },
];

describe("waitForOperation: FAIL", () => {
  const run = (deps: { getOperationLog?: (id: string) => Promise<OperationLogItem[]> }) => {
    const clock = new FakeClock();
    const { getOperation } = scriptedGet(clock, [running(30), fail]);
    return caught(waitForOperation(op("PENDING"), { getOperation, clock, ...deps }, {})) as Promise<OperationFailedError>;
  };

  test("reads the log and says its reason in plain words", async () => {
    const getOperationLog = jest.fn(async () => failLog);
    const error = await run({ getOperationLog });
    expect(error).toBeInstanceOf(OperationFailedError);
    expect(getOperationLog).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({
      name: "OperationFailedError",
      operationId: fail.id,
      operationType: "TRAINING.CLONE",
      parameters: { training_id: "123" },
      log: failLog,
    });
    expect(error.message).toBe(
      `Toloka operation ${fail.id} (TRAINING.CLONE) failed. Parameters: {"training_id":"123"}. ` +
        `The log says: TRAINING_CLONE failed: Training 123 is archived (code CONFLICT_STATE) for input {"training_id":"123"}.`,
    );
  });

  test("a log that cannot be read does not hide the FAIL", async () => {
    const logError = new Error("503 REMOTE_SERVICE_UNAVAILABLE");
    const error = await run({ getOperationLog: async () => Promise.reject(logError) });
    expect(isOperationFailedError(error)).toBe(true);
    expect(error.logError).toBe(logError);
    expect(error.log).toBeUndefined();
    expect(error.message).toContain(`Toloka operation ${fail.id} (TRAINING.CLONE) failed`);
    expect(error.message).toContain("could not be read (Error: 503 REMOTE_SERVICE_UNAVAILABLE)");
  });

  test("without getOperationLog the message says where the reason is", async () => {
    const error = await run({});
    expect(error.message).toContain(`GET /api/v1/operations/${fail.id}/log`);
  });
});

describe("waitForOperation: options", () => {
  test.each([
    [{ timeoutMs: -1 }, /timeoutMs.*got -1/],
    [{ minDelayMs: Number.NaN }, /minDelayMs.*got NaN/],
    [{ minDelayMs: 500, maxDelayMs: 100 }, /maxDelayMs.*>= minDelayMs.*got 100/],
    [{ timeoutMs: "60000" }, /timeoutMs.*got "60000"/],
    [{ backoffRatio: 0 }, /backoffRatio.*got 0/],
    [{ onProgress: "log" }, /onProgress: expected a function, got "log"/],
    [{ history: { durations: [] } }, /history: expected an OperationDurationHistory, got \{"durations":\[\]\}/],
  ])("rejects %j before any GET", async (options, message) => {
    const clock = new FakeClock();
    const { getOperation, calls } = scriptedGet(clock, [success]);
    await expect(waitForOperation(op("PENDING"), { getOperation, clock }, options as never)).rejects.toThrow(message);
    expect(calls).toHaveLength(0);
  });

  test("undefined keeps the default", () => {
    expect(resolveWaitOptions({ timeoutMs: undefined }).timeoutMs).toBe(600_000);
  });
});
