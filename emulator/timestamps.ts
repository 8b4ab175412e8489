/**
 * Toloka timestamps: UTC ISO 8601 without a zone. Real answers come with 0, 3 or 6 decimal digits
 * (`2016-07-22T13:04:00`, `...00.921`, `...00.123456`: toloka-kit's tests/pool fixtures and
 * fullApi.yaml's examples); the emulator writes 3 unless `timestampDigits` says otherwise.
 */

/** How many decimal digits of the second a timestamp carries. */
export type TimestampDigits = 0 | 3 | 6;

export function tolokaTimestamp(epochMs: number, digits: TimestampDigits = 3): string {
  const iso = new Date(epochMs).toISOString();
  if (digits === 0) return iso.slice(0, 19);
  if (digits === 6) return `${iso.slice(0, 23)}000`;
  return iso.slice(0, 23);
}

/** Parses a Toloka timestamp (zone-less means UTC); undefined when it is not one. */
export function parseTolokaTimestamp(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z)?$/.test(text)) return undefined;
  const ms = Date.parse(text.endsWith("Z") ? text : `${text.length === 10 ? `${text}T00:00` : text}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** RFC 7231 IMF-fixdate, for the Date header. */
export function httpDate(epochMs: number): string {
  return new Date(epochMs).toUTCString();
}
