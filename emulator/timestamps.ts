/** Toloka timestamps: UTC ISO 8601 without a zone, millisecond precision: `2021-02-26T10:13:32.921`. */

export function tolokaTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 23);
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
