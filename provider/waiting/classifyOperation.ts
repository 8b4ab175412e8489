import type { Operation } from "../toloka/types";

/** What one look at an operation means for a waiter. */
export type OperationVerdict = "SUCCESS" | "FAILURE" | "RETRY";

/**
 * Pure: SUCCESS and FAIL are final; PENDING, RUNNING and any status Toloka may add later mean
 * "keep waiting" (the deadline still bounds the wait).
 */
export function classifyOperation(operation: Pick<Operation, "status">): OperationVerdict {
  switch (operation.status) {
    case "SUCCESS":
      return "SUCCESS";
    case "FAIL":
      return "FAILURE";
    default:
      return "RETRY";
  }
}
