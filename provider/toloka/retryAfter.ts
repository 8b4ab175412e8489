/**
 * Parses a `Retry-After` header: delay-seconds (`"120"`, decimals tolerated) or an HTTP date,
 * measured against `serverNowMs` (the answer's own Date header when it has one, as both come
 * from the server's clock). Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfterMs(header: string | null | undefined, serverNowMs: number): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (text === "") return undefined;
  if (/^[0-9]+(\.[0-9]+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-zA-Z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - serverNowMs);
}
