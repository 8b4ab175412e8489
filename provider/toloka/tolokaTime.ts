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

/** An epoch time as Toloka writes it (UTC, no zone, ms), e.g. for `submitted_gte`. */
export function formatTolokaTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23);
}

/** Server times estimated from a `Date` header (1 s resolution) are moved back this much before filtering. */
export const DATE_HEADER_MARGIN_MS = 2_000;
