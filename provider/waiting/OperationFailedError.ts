import type { Operation, OperationLogItem } from "../toloka/types";
import { describeOperationLog } from "./describeOperationLog";
import { failedOperationHint, logGivesNoReason } from "./failedOperationHint";

export interface OperationFailedErrorInit {
  /** The operation, finished with status FAIL. */
  operation: Operation;
  /** Its log (GET /operations/{id}/log), when it was read. */
  log?: OperationLogItem[];
  /** Why the log could not be read, when that failed. */
  logError?: unknown;
  cause?: unknown;
}

/**
 * A Toloka operation ended with status FAIL. The message names the operation, its parameters and
 * the reason from its log, or, when the log gives none (training and pool operations most
 * likely keep no log), what to check. No `id` field: Pulumi's engine takes any error with `id` thrown from
 * create or update for a half-created resource.
 */
export class OperationFailedError extends Error {
  override readonly name = "OperationFailedError" as const;
  readonly operationId: string;
  readonly operationType: string;
  readonly parameters: Record<string, unknown> | undefined;
  readonly log: OperationLogItem[] | undefined;
  readonly logError: unknown;
  readonly operation: Operation;

  constructor(init: OperationFailedErrorInit) {
    const { operation } = init;
    const parameters = operation.parameters !== undefined ? JSON.stringify(operation.parameters) : "none";
    super(
      `Toloka operation ${operation.id} (${operation.type}) failed. Parameters: ${parameters}. ` +
        describeOperationLog(operation.id, init.log, init.logError) +
        (logGivesNoReason(init.log) ? ` ${failedOperationHint(operation)}` : ""),
      init.cause !== undefined ? { cause: init.cause } : undefined,
    );
    this.operationId = operation.id;
    this.operationType = operation.type;
    this.parameters = operation.parameters;
    this.log = init.log;
    this.logError = init.logError;
    this.operation = operation;
  }
}

/** Duck-typed: works on a copy of the class from another module instance (serialized provider code). */
export function isOperationFailedError(error: unknown): error is OperationFailedError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "OperationFailedError" &&
    typeof (error as { operationId?: unknown }).operationId === "string"
  );
}
