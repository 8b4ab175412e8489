import {
  describeOperationLog,
  isOperationFailedError,
  isOperationTimeoutError,
  OperationFailedError,
  OperationTimeoutError,
  throwOnWaiterResult,
} from "../../provider/waiting";
import { op } from "./fakes";

const failed = op("FAIL", { progress: 10, finished: "2021-02-26T10:13:40.000" });
const running = op("RUNNING", { progress: 10 });

describe("OperationFailedError / OperationTimeoutError", () => {
  test("literal names, structured fields, and no `id` (Pulumi would take it for a half-created resource)", () => {
    const f = new OperationFailedError({ operation: failed, log: [] });
    const t = new OperationTimeoutError({ operation: running, waitedMs: 61_000 });
    expect(f.name).toBe("OperationFailedError");
    expect(t.name).toBe("OperationTimeoutError");
    expect(f).toBeInstanceOf(Error);
    expect(t).toBeInstanceOf(Error);
    expect("id" in f).toBe(false);
    expect("id" in t).toBe(false);
    expect(f.operationId).toBe(failed.id);
    expect(t).toMatchObject({ operationId: running.id, lastStatus: "RUNNING", lastProgress: 10, waitedMs: 61_000 });
    expect(String(t)).toContain("OperationTimeoutError: Toloka operation");
    expect(t.message).toContain("within 61 s");
  });

  test("carry a cause when given one", () => {
    const cause = new Error("root");
    expect(new OperationFailedError({ operation: failed, cause }).cause).toBe(cause);
    expect(new OperationTimeoutError({ operation: running, waitedMs: 1, cause }).cause).toBe(cause);
    expect("cause" in new OperationTimeoutError({ operation: running, waitedMs: 1 })).toBe(false);
  });

  test("isX guards are duck-typed (a second copy of the class still matches)", () => {
    const copy = { name: "OperationFailedError", operationId: "x", message: "m" };
    expect(isOperationFailedError(copy)).toBe(true);
    expect(isOperationTimeoutError({ name: "OperationTimeoutError", operationId: "x" })).toBe(true);
    expect(isOperationFailedError(new OperationTimeoutError({ operation: running, waitedMs: 1 }))).toBe(false);
    expect(isOperationTimeoutError(new Error("OperationTimeoutError"))).toBe(false);
    expect(isOperationFailedError(null)).toBe(false);
    expect(isOperationFailedError("OperationFailedError")).toBe(false);
  });
});

// The reference documents logs only for task, task-suite and bonus batches: a training operation's log is empty.
describe("a FAIL without a reason in its log reads well", () => {
  test.each([
    ["TRAINING.CLONE", { training_id: "7" }, "Check in Toloka that source training 7 still exists and is not ARCHIVED or LOCKED"],
    ["TRAINING.ARCHIVE", { training_id: "8" }, "Check in Toloka that training 8 is CLOSED and that every main pool linked to it is ARCHIVED"],
    ["TRAINING.OPEN", { training_id: "9" }, "Check the status of training 9 in Toloka"],
    ["POOL.ARCHIVE", { pool_id: "3" }, "Check in Toloka that pool 3 is CLOSED"],
    ["SOMETHING.NEW", { x: 1 }, "Check in Toloka the object named in its parameters"],
  ])("%s %j: id, type, parameters, an empty log, and what to check", (type, parameters, hint) => {
    const operation = { ...failed, type, parameters };
    const message = new OperationFailedError({ operation, log: [] }).message;
    expect(message).toBe(
      `Toloka operation ${failed.id} (${type}) failed. Parameters: ${JSON.stringify(parameters)}. ` +
        `Its log is empty: Toloka gave no reason (it documents no log for this operation type). ${hint}` +
        message.slice(message.indexOf(hint) + hint.length),
    );
    expect(message).toMatch(/then run the command again\.$/);
  });

  test("a log that names the failure needs no hint", () => {
    const log = [{ type: "TRAINING_ARCHIVE", success: false, output: { code: "UNARCHIVED_POOLS_CONFLICT" } }];
    const message = new OperationFailedError({ operation: { ...failed, type: "TRAINING.ARCHIVE" }, log }).message;
    expect(message).toContain("The log says: TRAINING_ARCHIVE failed: code UNARCHIVED_POOLS_CONFLICT.");
    expect(message).not.toContain("Check in Toloka");
  });
});

describe("throwOnWaiterResult", () => {
  test("SUCCESS returns the operation, FAILURE and TIMEOUT throw", () => {
    const done = op("SUCCESS");
    expect(throwOnWaiterResult({ state: "SUCCESS", operation: done, elapsedMs: 5, polls: 1 })).toBe(done);
    expect(() => throwOnWaiterResult({ state: "FAILURE", operation: failed, elapsedMs: 5, polls: 1 })).toThrow(OperationFailedError);
    expect(() => throwOnWaiterResult({ state: "TIMEOUT", operation: running, elapsedMs: 5, polls: 1 })).toThrow(OperationTimeoutError);
  });
});

describe("describeOperationLog", () => {
  test.each([
    [undefined, undefined, "which was not fetched; see GET /api/v1/operations/op-1/log."],
    [[], undefined, "Its log is empty: Toloka gave no reason (it documents no log for this operation type)."],
    [undefined, "timeout", "could not be read (timeout); see GET /api/v1/operations/op-1/log."],
    [
      [{ type: "TRAINING_ARCHIVE", success: true, output: { status: "done" } }],
      undefined,
      'Its log has 1 entry, none marked as failed; the last: TRAINING_ARCHIVE succeeded: {"status":"done"}.',
    ],
    [
      [{ type: "TRAINING_ARCHIVE", success: false, output: { code: "UNARCHIVED_POOLS_CONFLICT" } }],
      undefined,
      "The log says: TRAINING_ARCHIVE failed: code UNARCHIVED_POOLS_CONFLICT.",
    ],
  ])("log %j, error %j", (log, logError, expected) => {
    expect(describeOperationLog("op-1", log as never, logError)).toContain(expected);
  });

  test("names at most three failed entries and counts the rest; long outputs are cut", () => {
    const item = (i: number) => ({ type: `STEP_${i}`, success: false, output: { blob: "x".repeat(500) } });
    const text = describeOperationLog("op-1", [1, 2, 3, 4, 5].map(item));
    expect(text).toContain("STEP_1 failed");
    expect(text).toContain("STEP_3 failed");
    expect(text).not.toContain("STEP_4");
    expect(text).toContain("and 2 more failed entries");
    expect(text.length).toBeLessThan(1000);
  });
});
