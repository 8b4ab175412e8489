import type { Operation, OperationLogItem } from "../toloka/types";
import { OperationFailedError } from "./OperationFailedError";
import { OperationTimeoutError } from "./OperationTimeoutError";
import type { WaiterResult } from "./pollOperation";

/** What the error needs beyond the result: the log of a failed operation, or why it is missing. */
export interface FailureDetails {
  log?: OperationLogItem[];
  logError?: unknown;
}

/** The one place a wait's result becomes an error: SUCCESS returns the operation. */
export function throwOnWaiterResult(result: WaiterResult, details: FailureDetails = {}): Operation {
  switch (result.state) {
    case "SUCCESS":
      return result.operation;
    case "FAILURE":
      throw new OperationFailedError({ operation: result.operation, log: details.log, logError: details.logError });
    case "TIMEOUT":
      throw new OperationTimeoutError({ operation: result.operation, waitedMs: result.elapsedMs });
  }
}
