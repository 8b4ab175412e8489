import { redactCause, redactSecrets } from "./redact";

/** Names of every error class of this client, for the duck-typed guards. */
export const TOLOKA_ERROR_NAMES = [
  "TolokaError",
  "TolokaApiError",
  "TolokaQuotaError",
  "TolokaNetworkError",
  "TolokaOutcomeUnknownError",
  "TolokaConfigError",
  "TolokaInputError",
  "TolokaDeadlineError",
] as const;

export type TolokaErrorName = (typeof TOLOKA_ERROR_NAMES)[number];

export interface TolokaErrorOptions {
  /** The underlying error; stored as a redacted copy. */
  cause?: unknown;
  /** Strings (the API key) to redact from the message and the cause chain. */
  secrets?: readonly string[];
}

/**
 * Base of every error this client throws. Redacts `secrets` from its message and its `cause`
 * chain as it is constructed, so no later code path can leak them. No field is named `id`:
 * Pulumi takes any error with an `id` thrown from create/update for a partial creation.
 */
export class TolokaError extends Error {
  override readonly name: TolokaErrorName = "TolokaError";
  /** Marks an error whose fields are already redacted (see `redactCause`). */
  readonly __tolokaRedacted = true;

  constructor(message: string, options: TolokaErrorOptions = {}) {
    const secrets = options.secrets ?? [];
    super(redactSecrets(message, secrets));
    if (options.cause !== undefined) {
      Object.defineProperty(this, "cause", {
        value: redactCause(options.cause, secrets),
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
  }
}

/** True for any error of this client, even one from a second copy of this code. */
export function isTolokaError(value: unknown): value is TolokaError {
  if (value === null || typeof value !== "object") return false;
  const { name, message } = value as { name?: unknown; message?: unknown };
  return typeof message === "string" && (TOLOKA_ERROR_NAMES as readonly unknown[]).includes(name);
}

/** Shortens text for a message: at most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}
