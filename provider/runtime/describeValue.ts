/** How a value reads in a check failure: its type, and a short quote of a string. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "no value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
