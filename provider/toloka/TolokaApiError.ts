import { TolokaError, type TolokaErrorOptions, excerpt } from "./TolokaError";
import { redactSecrets, redactValue } from "./redact";

/** How the answer's body looked. */
export type ApiBodyKind = "json" | "empty" | "not-json";

/** What an error answer told: Toloka's body fields and where the request went. */
export interface TolokaApiErrorDetails {
  /** HTTP status. */
  status: number;
  method: string;
  /** Request path, without the host, with the query string. */
  path: string;
  /** Toloka's `code`, e.g. `DOES_NOT_EXIST`; undefined when the body had none. */
  code?: string;
  /** Toloka's `message`. (`message` itself is this error's full, readable message.) */
  apiMessage?: string;
  /** Toloka's `request_id` (or an `X-Request-Id` header): quote it to Toloka support. */
  requestId?: string;
  /** Toloka's `payload`, e.g. `{appropriate_statuses: [...]}` or `{interval: "DAY"}`. */
  payload?: unknown;
  bodyKind: ApiBodyKind;
  /** The body's first ~200 characters when it was not a Toloka JSON error, redacted. */
  bodySnippet?: string;
  contentType?: string;
}

/** What to do, by status. */
function hint(status: number): string {
  if (status >= 300 && status < 400) return "Toloka redirected the request: check baseUrl (e.g. https://toloka.dev).";
  switch (status) {
    case 400: return "The request was refused as invalid: check the values sent.";
    case 401: return "Check the API key (toloka:apiKey) and that it belongs to this environment (production or sandbox).";
    case 403: return "The key's account has no access to this object: check the id and the account.";
    case 404: return "Check that the id exists in this environment (production or sandbox) and was not deleted.";
    case 409: return "The object is not in a state that allows this action: check its status and try again.";
    case 429: return "Too many requests: wait and try again.";
    default:
      if (status >= 500) return "Toloka had a server-side problem: try again later.";
      return status >= 200 && status < 300 ? "Toloka's answer could not be read: try again later." : "";
  }
}

function bodyDescription(d: TolokaApiErrorDetails): string {
  if (d.bodyKind === "empty") return "with an empty body";
  if (d.bodyKind === "not-json") {
    const type = d.contentType ? ` (${d.contentType})` : "";
    return `with a body that is not Toloka JSON${type}: ${JSON.stringify(d.bodySnippet ?? "")}`;
  }
  return "";
}

/** The readable message of an error answer. */
export function describeApiError(d: TolokaApiErrorDetails): string {
  const parts = [`Toloka answered ${d.status}${d.code ? ` ${d.code}` : ""} to ${d.method} ${d.path}`];
  if (d.apiMessage) parts.push(`: ${JSON.stringify(d.apiMessage)}`);
  const body = bodyDescription(d);
  if (body) parts.push(` ${body}`);
  if (d.requestId) parts.push(` (request id ${d.requestId})`);
  parts.push(".");
  if (d.payload !== undefined && d.payload !== null) {
    parts.push(` Payload: ${excerpt(JSON.stringify(d.payload) ?? "", 200)}.`);
  }
  const action = hint(d.status);
  if (action) parts.push(` ${action}`);
  return parts.join("");
}

/** An error answer from Toloka (or an answer that could not be read). */
export class TolokaApiError extends TolokaError {
  override readonly name: "TolokaApiError" | "TolokaQuotaError" = "TolokaApiError";
  readonly status: number;
  readonly code: string | undefined;
  readonly apiMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly payload: unknown;
  readonly method: string;
  readonly path: string;
  readonly bodyKind: ApiBodyKind;
  readonly bodySnippet: string | undefined;

  constructor(details: TolokaApiErrorDetails, options: TolokaErrorOptions & { message?: string } = {}) {
    const secrets = options.secrets ?? [];
    const d: TolokaApiErrorDetails = {
      ...details,
      path: redactSecrets(details.path, secrets),
      code: details.code === undefined ? undefined : redactSecrets(details.code, secrets),
      apiMessage: details.apiMessage === undefined ? undefined : redactSecrets(details.apiMessage, secrets),
      requestId: details.requestId === undefined ? undefined : redactSecrets(details.requestId, secrets),
      payload: redactValue(details.payload, secrets),
      bodySnippet: details.bodySnippet === undefined ? undefined : redactSecrets(details.bodySnippet, secrets),
    };
    super(options.message ?? describeApiError(d), options);
    this.status = d.status;
    this.code = d.code;
    this.apiMessage = d.apiMessage;
    this.requestId = d.requestId;
    this.payload = d.payload;
    this.method = d.method;
    this.path = d.path;
    this.bodyKind = d.bodyKind;
    this.bodySnippet = d.bodySnippet;
  }
}

/** True for an error answer from Toloka (quota errors included), from any copy of this code. */
export function isTolokaApiError(value: unknown): value is TolokaApiError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; status?: unknown };
  return (e.name === "TolokaApiError" || e.name === "TolokaQuotaError") && typeof e.status === "number";
}
