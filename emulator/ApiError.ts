/** An error answer the emulator sends as a Toloka error body. Thrown inside handlers. */

/** Toloka's usual code for each status, used when a fault names none. */
export const DEFAULT_ERROR_CODES: Readonly<Record<number, string>> = Object.freeze({
  400: "VALIDATION_ERROR",
  401: "AUTHENTICATION_ERROR",
  403: "ACCESS_DENIED",
  404: "DOES_NOT_EXIST",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT_STATE",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL_ERROR",
  502: "BAD_GATEWAY",
  503: "REMOTE_SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
});

export function defaultErrorCode(status: number): string {
  return DEFAULT_ERROR_CODES[status] ?? (status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR");
}

export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly payload?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** 400 VALIDATION_ERROR naming the field, in Toloka's `{field: {code, message}}` payload shape. */
export function validationError(field: string, code: string, message: string): ApiError {
  return new ApiError(400, "VALIDATION_ERROR", `Validation failed: ${field}: ${message}`, {
    [field]: { code, message },
  });
}

export function doesNotExist(what: string, id: string): ApiError {
  return new ApiError(404, "DOES_NOT_EXIST", `${what} ${JSON.stringify(id)} does not exist`);
}

/** 409 INAPPROPRIATE_STATUS: the action needs one of `appropriate` but the object is `current`. */
export function inappropriateStatus(what: string, id: string, current: string, appropriate: string[]): ApiError {
  return new ApiError(
    409,
    "INAPPROPRIATE_STATUS",
    `${what} ${id} is ${current}; this action needs ${appropriate.join(" or ")}`,
    { appropriate_statuses: appropriate, current_status: current },
  );
}
