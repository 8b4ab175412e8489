import type { Operation, OperationLogItem } from "../toloka/types";
import { pollOperation, type PollOperationDeps } from "./pollOperation";
import { throwOnWaiterResult, type FailureDetails } from "./throwOnWaiterResult";
import { resolveWaitOptions, type WaitOptions } from "./WaitOptions";

export interface WaitForOperationDeps extends PollOperationDeps {
  /** GET /api/v1/operations/{id}/log: read on FAIL, for the reason. */
  getOperationLog?(id: string): Promise<OperationLogItem[]>;
}

/**
 * Waits until a Toloka operation finishes. Returns it on SUCCESS; throws OperationFailedError on
 * FAIL (with the reason from its log; a log that cannot be read does not hide the FAIL) and
 * OperationTimeoutError at the deadline. Errors of getOperation propagate unchanged. Options are
 * validated first (RangeError/TypeError quoting the bad value).
 */
export async function waitForOperation(
  operation: Operation | string,
  deps: WaitForOperationDeps,
  options: Partial<WaitOptions> = {},
): Promise<Operation> {
  const resolved = resolveWaitOptions(options);
  const result = await pollOperation(operation, deps, resolved);
  const details: FailureDetails = {};
  if (result.state === "FAILURE" && deps.getOperationLog !== undefined) {
    try {
      details.log = await deps.getOperationLog(result.operation.id);
    } catch (error) {
      details.logError = error;
    }
  }
  return throwOnWaiterResult(result, details);
}
