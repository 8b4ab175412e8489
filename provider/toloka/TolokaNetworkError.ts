import { TolokaError, type TolokaErrorOptions } from "./TolokaError";
import { redactSecrets } from "./redact";

export interface TolokaNetworkErrorDetails {
  method: string;
  path: string;
  /** True when no answer came within the per-attempt timeout. */
  timedOut: boolean;
  /** The timeout that expired, when `timedOut`. */
  timeoutMs?: number;
  /**
   * False only when the request provably never left (connection refused, name not resolved):
   * then even a non-idempotent request is safe to resend.
   */
  requestSent: boolean;
  /** The failure's code, e.g. `ECONNREFUSED`, `ECONNRESET`. */
  code?: string;
}

function describe(d: TolokaNetworkErrorDetails, causeMessage: string): string {
  if (d.timedOut) {
    return `No answer from Toloka to ${d.method} ${d.path} within ${d.timeoutMs ?? "?"} ms. ` +
      "Check the network, or raise requestTimeoutMs if Toloka is slow.";
  }
  const code = d.code ? `${d.code}: ` : "";
  return `Could not reach Toloka for ${d.method} ${d.path}: ${code}${causeMessage}. ` +
    "Check the network and the baseUrl setting.";
}

/** No usable HTTP answer: connection refused or reset, DNS failure, timeout. */
export class TolokaNetworkError extends TolokaError {
  override readonly name = "TolokaNetworkError" as const;
  readonly method: string;
  readonly path: string;
  readonly timedOut: boolean;
  readonly timeoutMs: number | undefined;
  readonly requestSent: boolean;
  readonly code: string | undefined;

  constructor(details: TolokaNetworkErrorDetails, options: TolokaErrorOptions = {}) {
    const secrets = options.secrets ?? [];
    const causeMessage = (options.cause as { message?: unknown } | undefined)?.message;
    super(describe(details, typeof causeMessage === "string" ? causeMessage : "unknown failure"), options);
    this.method = details.method;
    this.path = redactSecrets(details.path, secrets);
    this.timedOut = details.timedOut;
    this.timeoutMs = details.timeoutMs;
    this.requestSent = details.requestSent;
    this.code = details.code === undefined ? undefined : redactSecrets(details.code, secrets);
  }
}

export function isTolokaNetworkError(value: unknown): value is TolokaNetworkError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; timedOut?: unknown; requestSent?: unknown };
  return e.name === "TolokaNetworkError" && typeof e.timedOut === "boolean" && typeof e.requestSent === "boolean";
}
