/** An operation as the API shows it at a given server-clock time. */
import type { Operation } from "../provider/toloka/types";
import type { OperationRecord } from "./OperationBook";
import { tolokaTimestamp } from "./timestamps";

export function operationView(record: OperationRecord, now: number): Operation {
  const base: Operation = {
    id: record.id,
    type: record.type,
    status: "PENDING",
    submitted: tolokaTimestamp(record.submittedMs),
    progress: 0,
    parameters: structuredClone(record.parameters),
    details: {},
  };
  const result = record.result;
  if (result) {
    return {
      ...base,
      status: result.status,
      started: tolokaTimestamp(record.startedMs),
      finished: tolokaTimestamp(result.finishedMs),
      // A failed operation keeps the progress it had when it stopped.
      progress: result.status === "SUCCESS" ? 100 : runningProgress(record, result.finishedMs),
      details: structuredClone(result.details),
    };
  }
  if (now < record.startedMs) return base;
  return { ...base, status: "RUNNING", started: tolokaTimestamp(record.startedMs), progress: runningProgress(record, now) };
}

/** Linear: share of the running time elapsed, kept below 100 until done; jump: 0 until done. */
function runningProgress(record: OperationRecord, now: number): number {
  if (record.progressModel === "jump") return 0;
  const span = record.finishMs - record.startedMs;
  if (span <= 0) return 99;
  return Math.min(99, Math.max(0, Math.floor((100 * (now - record.startedMs)) / span)));
}
