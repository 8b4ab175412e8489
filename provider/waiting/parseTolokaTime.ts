/**
 * Toloka timestamps are UTC in ISO 8601 without a zone suffix (`2021-02-26T10:13:32.921`).
 * Returns epoch ms, or undefined when the value is missing or not a timestamp.
 * A value that does carry a zone (`Z`, `+03:00`) is read with it.
 */
export function parseTolokaTime(value: string | undefined): number | undefined {
  if (typeof value !== "string" || value.length === 0) return undefined;
  const hasZone = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(value);
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  return Number.isFinite(ms) ? ms : undefined;
}
