/** Pulumi's host fails a whole call on an `undefined` anywhere in what it returns; `null` is fine. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => withoutUndefined(v)) as T;
  if (value === null || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) result[key] = withoutUndefined(v);
  }
  return result as T;
}
