import { TolokaApiError, type TolokaApiErrorDetails } from "./TolokaApiError";
import { excerpt } from "./TolokaError";
import { TolokaQuotaError, isQuotaInterval } from "./TolokaQuotaError";

/** What an answer's body turned out to be. */
export type ParsedBody =
  | { kind: "empty" }
  | { kind: "json"; value: unknown }
  | { kind: "not-json"; snippet: string };

export function parseBody(text: string): ParsedBody {
  if (text.trim() === "") return { kind: "empty" };
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "not-json", snippet: excerpt(text, 200) };
  }
}

function stringField(value: unknown, field: string): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = (value as Record<string, unknown>)[field];
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}

export interface ErrorAnswer {
  status: number;
  method: string;
  path: string;
  body: ParsedBody;
  contentType: string | undefined;
  /** An `X-Request-Id` header, used when the body has no `request_id`. */
  requestIdHeader: string | undefined;
  /** The answer's Retry-After, parsed. */
  retryAfterMs: number | undefined;
  /** Local time the answer came, for a quota's reset time. */
  receivedAtMs: number;
  secrets: readonly string[];
}

/**
 * Turns an error answer (or an unreadable 2xx) into a TolokaApiError, or a TolokaQuotaError
 * for a 429 whose payload names a quota interval.
 */
export function apiErrorFromAnswer(a: ErrorAnswer): TolokaApiError {
  const value = a.body.kind === "json" ? a.body.value : undefined;
  // A Toloka error body is an object with a code or a message; anything else is shown as text.
  const isTolokaBody = stringField(value, "code") !== undefined || stringField(value, "message") !== undefined;
  const details: TolokaApiErrorDetails = {
    status: a.status,
    method: a.method,
    path: a.path,
    code: stringField(value, "code"),
    apiMessage: stringField(value, "message"),
    requestId: stringField(value, "request_id") ?? a.requestIdHeader,
    payload: isTolokaBody ? (value as Record<string, unknown>).payload : undefined,
    bodyKind: isTolokaBody ? "json" : a.body.kind === "empty" ? "empty" : "not-json",
    bodySnippet: a.body.kind === "not-json"
      ? a.body.snippet
      : a.body.kind === "json" && !isTolokaBody ? excerpt(JSON.stringify(a.body.value), 200) : undefined,
    contentType: a.contentType,
  };
  const interval = (details.payload as { interval?: unknown } | undefined)?.interval;
  if (a.status === 429 && isQuotaInterval(interval)) {
    const resetsAt = a.retryAfterMs === undefined ? undefined : new Date(a.receivedAtMs + a.retryAfterMs);
    return new TolokaQuotaError({ ...details, interval, resetsAt }, { secrets: a.secrets });
  }
  return new TolokaApiError(details, { secrets: a.secrets });
}
