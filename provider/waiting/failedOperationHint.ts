import type { Operation, OperationLogItem } from "../toloka/types";

/**
 * What to check when an operation failed and its log gives no reason. The reference documents
 * operation logs only for task, task-suite and bonus batches (fullApi.yaml, GET
 * /operations/{id}/log), so the log of a training or pool operation is most likely empty.
 */
export function failedOperationHint(operation: Operation): string {
  const p = operation.parameters ?? {};
  const training = typeof p.training_id === "string" || typeof p.training_id === "number" ? `training ${p.training_id}` : "the training";
  const pool = typeof p.pool_id === "string" || typeof p.pool_id === "number" ? `pool ${p.pool_id}` : "the pool";
  const then = "then run the command again.";
  switch (operation.type) {
    case "TRAINING.CLONE":
      return `Check in Toloka that source ${training} still exists and is not ARCHIVED or LOCKED, and that the account's clone quota is not used up; ${then}`;
    case "TRAINING.ARCHIVE":
      return `Check in Toloka that ${training} is CLOSED and that every main pool linked to it is ARCHIVED; ${then}`;
    case "TRAINING.OPEN":
    case "TRAINING.CLOSE":
      return `Check the status of ${training} in Toloka (a LOCKED or ARCHIVED training takes no action); ${then}`;
    case "POOL.ARCHIVE":
      return `Check in Toloka that ${pool} is CLOSED; ${then}`;
    case "POOL.OPEN":
    case "POOL.CLOSE":
      return `Check the status of ${pool} in Toloka, and for an opening its settings and linked training; ${then}`;
    default:
      return `Check in Toloka the object named in its parameters; ${then}`;
  }
}

/** True when the log names no failed entry, so the error needs the hint. */
export function logGivesNoReason(log: readonly OperationLogItem[] | undefined): boolean {
  return log === undefined || !log.some((item) => item.success === false);
}
