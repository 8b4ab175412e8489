/**
 * Toloka timestamps are UTC in ISO 8601 without a zone suffix, with 0, 3 or 6 decimal digits
 * (`2016-07-22T13:04:00`, `2021-02-26T10:13:32.921`, `2016-07-22T13:04:00.123456`: toloka-kit's
 * tests/pool fixtures, fullApi.yaml's examples). Returns epoch ms (digits past the millisecond
 * are dropped), or undefined when the value is missing or not a timestamp. A value that does
 * carry a zone (`Z`, `+03:00`) is read with it.
 */
export function parseTolokaTime(value: string | undefined): number | undefined {
  if (typeof value !== "string" || value.length === 0) return undefined;
  const m = TIMESTAMP.exec(value);
  if (!m) {
    // Anything else ISO-like (a date alone): as the platform reads it, zone-less as UTC.
    const ms = Date.parse(/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`);
    return Number.isFinite(ms) ? ms : undefined;
  }
  const [, year, month, day, hour, minute, second = "0", fraction = "", zone] = m;
  const inRange = (text: string, min: number, max: number) => Number(text) >= min && Number(text) <= max;
  if (!(inRange(month, 1, 12) && inRange(day, 1, 31) && inRange(hour, 0, 23) && inRange(minute, 0, 59) && inRange(second, 0, 59))) return undefined;
  const ms = Number(`${fraction}000`.slice(0, 3));
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), ms);
  if (!Number.isFinite(utc)) return undefined;
  return utc - zoneOffsetMs(zone);
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([zZ]|[+-]\d{2}:?\d{2})?$/;

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

/** An epoch time as Toloka writes it (UTC, no zone, ms), e.g. for `submitted_gte`. */
export function formatTolokaTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23);
}

/** Server times estimated from a `Date` header (1 s resolution) are moved back this much before filtering. */
export const DATE_HEADER_MARGIN_MS = 2_000;
