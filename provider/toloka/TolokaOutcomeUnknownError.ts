import { TolokaError, type TolokaErrorOptions } from "./TolokaError";
import { redactSecrets } from "./redact";

export interface TolokaOutcomeUnknownDetails {
  method: string;
  path: string;
  /** When the last attempt was sent, by the client's clock (epoch ms). */
  sentAtMs: number;
  /**
   * The server's time when it was sent, estimated from the Date headers of earlier answers
   * (about ±1 s); undefined when no answer had been seen yet.
   */
  serverTimeAtSendMs: number | undefined;
}

function describe(d: TolokaOutcomeUnknownDetails, causeMessage: string): string {
  const since = new Date(d.serverTimeAtSendMs ?? d.sentAtMs).toISOString();
  return `${d.method} ${d.path} may or may not have been carried out by Toloka (${causeMessage}). ` +
    "It was not resent, to avoid doing it twice. " +
    `Look for its operation among those submitted since about ${since} (server time) before trying again.`;
}

/**
 * A request that is not safe to resend (a clone) got no clear answer: Toloka may have done it.
 * `CloneCoordinator` recovers from this by looking for the operation it started.
 */
export class TolokaOutcomeUnknownError extends TolokaError {
  override readonly name = "TolokaOutcomeUnknownError" as const;
  readonly method: string;
  readonly path: string;
  readonly sentAtMs: number;
  readonly serverTimeAtSendMs: number | undefined;

  constructor(details: TolokaOutcomeUnknownDetails, options: TolokaErrorOptions = {}) {
    const causeMessage = (options.cause as { message?: unknown } | undefined)?.message;
    super(describe(details, typeof causeMessage === "string" ? causeMessage : "no answer"), options);
    this.method = details.method;
    this.path = redactSecrets(details.path, options.secrets ?? []);
    this.sentAtMs = details.sentAtMs;
    this.serverTimeAtSendMs = details.serverTimeAtSendMs;
  }
}

export function isTolokaOutcomeUnknownError(value: unknown): value is TolokaOutcomeUnknownError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; sentAtMs?: unknown };
  return e.name === "TolokaOutcomeUnknownError" && typeof e.sentAtMs === "number";
}
