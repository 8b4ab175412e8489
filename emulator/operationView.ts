/** An operation as the API shows it at a given server-clock time. */
import type { Operation } from "../provider/toloka/types";
import type { OperationRecord } from "./OperationBook";
import { tolokaTimestamp, type TimestampDigits } from "./timestamps";

/** How operations are shown: see EmulatorOptions `operationFields` and `timestampDigits`. */
export interface OperationViewOptions {
  fields: "full" | "sdk";
  digits: TimestampDigits;
}

const FULL: OperationViewOptions = { fields: "full", digits: 3 };

export function operationView(record: OperationRecord, now: number, options: OperationViewOptions = FULL): Operation {
  return shaped(fullView(record, now, options.digits), options.fields);
}

function fullView(record: OperationRecord, now: number, digits: TimestampDigits): Operation {
  const stamp = (ms: number) => tolokaTimestamp(ms, digits);
  const base: Operation = {
    id: record.id,
    type: record.type,
    status: "PENDING",
    submitted: stamp(record.submittedMs),
    progress: 0,
    parameters: structuredClone(record.parameters),
    details: {},
  };
  const result = record.result;
  if (result) {
    return {
      ...base,
      status: result.status,
      started: stamp(record.startedMs),
      finished: stamp(result.finishedMs),
      // A failed operation keeps the progress it had when it stopped.
      progress: result.status === "SUCCESS" ? 100 : runningProgress(record, result.finishedMs),
      details: structuredClone(result.details),
    };
  }
  if (now < record.startedMs) return base;
  return { ...base, status: "RUNNING", started: stamp(record.startedMs), progress: runningProgress(record, now) };
}

/** "sdk": no `progress`, and `details` only when it holds something (toloka-kit's fixtures). */
function shaped(operation: Operation, fields: OperationViewOptions["fields"]): Operation {
  if (fields === "full") return operation;
  const { progress: _progress, details, ...rest } = operation;
  return details && Object.keys(details).length > 0 ? { ...rest, details } : rest;
}

/** Linear: share of the running time elapsed, kept below 100 until done; jump: 0 until done. */
function runningProgress(record: OperationRecord, now: number): number {
  if (record.progressModel === "jump") return 0;
  const span = record.finishMs - record.startedMs;
  if (span <= 0) return 99;
  return Math.min(99, Math.max(0, Math.floor((100 * (now - record.startedMs)) / span)));
}
