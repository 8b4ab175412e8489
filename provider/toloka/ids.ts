import { TolokaInputError } from "./TolokaInputError";
import { quoteValue } from "./TolokaConfigError";

/** Toloka object ids: 1 to 20 ASCII digits. */
const TOLOKA_ID = /^[0-9]{1,20}$/;
/**
 * Operation ids: UUIDs in every example of the reference, but its schema example
 * (fullApi.yaml, OperationViewV1.id) is 24 hex digits, so any URL-safe id is accepted:
 * letters, digits, `-`, `_`, `.`, `~`, starting with a letter or digit (so never `.` or `..`).
 */
const OPERATION_ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

export function isTolokaId(value: unknown): value is string {
  return typeof value === "string" && TOLOKA_ID.test(value);
}

export function isOperationId(value: unknown): value is string {
  return typeof value === "string" && OPERATION_ID.test(value);
}

/**
 * Refuses anything but a Toloka id (1..20 digits), before any request is built: ids go into
 * URL paths, so `/`, `..`, `?`, `#`, `%2F` or spaces could otherwise reach another endpoint.
 */
export function assertTolokaId(value: unknown, what: string): asserts value is string {
  if (isTolokaId(value)) return;
  const text = quoteValue(value, 40);
  throw new TolokaInputError(
    what,
    text,
    `${what} ${text} is not a Toloka id: ids are strings of 1 to 20 digits, like "123456". ` +
      "Check the value passed.",
  );
}

/** Refuses anything but a URL-safe operation id, before any request is built. */
export function assertOperationId(value: unknown, what = "operation id"): asserts value is string {
  if (isOperationId(value)) return;
  const text = quoteValue(value, 40);
  throw new TolokaInputError(
    what,
    text,
    `${what} ${text} is not a Toloka operation id: those are URL-safe ids of letters, digits and "-_.~" ` +
      '(up to 128 characters), like "7ea08f99-5e24-47b4-b61f-c177a868d801".',
  );
}
