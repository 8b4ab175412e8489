import type { Operation, OperationStatus } from "../toloka/types";

export interface OperationTimeoutErrorInit {
  /** The last operation seen (PENDING or RUNNING). */
  operation: Operation;
  /** Local ms waited. */
  waitedMs: number;
  cause?: unknown;
}

/**
 * A Toloka operation did not finish before the deadline. It may still finish on its own: the
 * message says how to check it and how to wait longer. No `id` field (see OperationFailedError).
 */
export class OperationTimeoutError extends Error {
  override readonly name = "OperationTimeoutError" as const;
  readonly operationId: string;
  readonly operationType: string;
  readonly lastStatus: OperationStatus;
  readonly lastProgress: number | undefined;
  readonly waitedMs: number;
  readonly operation: Operation;

  constructor(init: OperationTimeoutErrorInit) {
    const { operation, waitedMs } = init;
    const progress = operation.progress !== undefined ? ` at ${operation.progress}%` : "";
    super(
      `Toloka operation ${operation.id} (${operation.type}) did not finish within ${formatSeconds(waitedMs)} s; ` +
        `last seen ${operation.status}${progress}. It may still finish on its own: check it in Toloka ` +
        `(GET /api/v1/operations/${operation.id}), or raise operationTimeoutSeconds if such operations take longer.`,
      init.cause !== undefined ? { cause: init.cause } : undefined,
    );
    this.operationId = operation.id;
    this.operationType = operation.type;
    this.lastStatus = operation.status;
    this.lastProgress = operation.progress;
    this.waitedMs = waitedMs;
    this.operation = operation;
  }
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** Duck-typed: works on a copy of the class from another module instance (serialized provider code). */
export function isOperationTimeoutError(error: unknown): error is OperationTimeoutError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "OperationTimeoutError" &&
    typeof (error as { operationId?: unknown }).operationId === "string"
  );
}
