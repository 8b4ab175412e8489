/**
 * How a value reads in a check failure: its type, never its content. The engine hands `check`
 * no secret markers (the host does not accept secrets), so any value may be a secret.
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "no value";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "string") return value.length === 0 ? "an empty string" : `a string of ${value.length} character${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return Number.isFinite(value) ? "a number" : "a number that is not finite";
  return `a ${typeof value}`;
}

/** For a value that failed a "whole number in a range" check: what is wrong with it. */
export function describeRangeMiss(value: unknown, wholeOnly = true): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return describeValue(value);
  return wholeOnly && !Number.isInteger(value) ? "a number with a fraction" : "a number outside that range";
}
