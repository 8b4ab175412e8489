/**
 * Secret redaction. The API key must never reach an error message, a stack, a `cause` chain
 * or a log line: errors redact in their constructors and wrap foreign errors (node-fetch's
 * included, whose messages may echo URLs or headers) into redacted copies.
 */

/** What replaces a secret. */
export const REDACTED = "[REDACTED]";

/** How deep `redactValue` and `redactCause` walk before giving up (they then drop the rest). */
const MAX_DEPTH = 6;

/** Forms a secret can take in text: as is, URL-encoded, JSON-escaped. Longest first. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret === "") continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of every secret replaced by `[REDACTED]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = String(text);
  for (const form of secretForms(secrets)) out = out.split(form).join(REDACTED);
  return out;
}

/** A deep copy of JSON-like data with secrets redacted in every string (keys included). */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redactSecrets(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  if (value instanceof Error || isErrorLike(value)) return redactCause(value, secrets, depth + 1);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[redactSecrets(key, secrets)] = redactValue(item, secrets, depth + 1);
  }
  return out;
}

function isErrorLike(value: object): value is { message: string } {
  return typeof (value as { message?: unknown }).message === "string" &&
    typeof (value as { stack?: unknown }).stack === "string";
}

/** Own string or number fields of foreign errors worth keeping (node-fetch: type, code, errno). */
const KEPT_ERROR_FIELDS = ["code", "errno", "type", "syscall", "address", "port", "status"];

/**
 * A redacted copy of a `cause`: an Error with the same name, message, stack, useful fields
 * and (recursively) cause, secrets replaced. The original is dropped, so nothing in the chain
 * can hold the secret. Toloka errors pass through: they are redacted when constructed.
 */
export function redactCause(cause: unknown, secrets: readonly string[], depth = 0): unknown {
  if (cause === null || typeof cause !== "object") return redactValue(cause, secrets, depth);
  const source = cause as Record<string, unknown>;
  // Toloka errors are redacted when built; kept as they are (class and fields) unless they
  // were built without this secret and still show it.
  if (source.__tolokaRedacted === true && !mentionsSecret(cause, secretForms(secrets), depth)) return cause;
  if (!(cause instanceof Error) && !isErrorLike(cause)) return redactValue(cause, secrets, depth);
  const copy = new Error(redactSecrets(String(source.message ?? ""), secrets));
  Object.defineProperty(copy, "name", {
    value: redactSecrets(String(source.name ?? "Error"), secrets),
    writable: true,
    configurable: true,
    enumerable: false,
  });
  copy.stack = typeof source.stack === "string" ? redactSecrets(source.stack, secrets) : copy.stack;
  for (const field of KEPT_ERROR_FIELDS) {
    const value = source[field];
    if (typeof value === "string" || typeof value === "number") {
      (copy as unknown as Record<string, unknown>)[field] = redactValue(value, secrets, depth);
    }
  }
  if (source.cause !== undefined && depth < MAX_DEPTH) {
    Object.defineProperty(copy, "cause", {
      value: redactCause(source.cause, secrets, depth + 1),
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  return copy;
}

/** True when any text of an error (message, stack, fields, cause chain) holds a secret form. */
function mentionsSecret(value: unknown, forms: readonly string[], depth: number): boolean {
  if (forms.length === 0 || value === null || value === undefined || depth > MAX_DEPTH) return false;
  if (typeof value !== "object") return forms.some((f) => String(value).includes(f));
  const e = value as Record<string, unknown>;
  let text: string;
  try {
    text = `${String(e.message)}\n${String(e.stack)}\n${JSON.stringify(value)}`;
  } catch {
    return true; // unreadable: treat as unsafe and copy it
  }
  return forms.some((f) => text.includes(f)) || mentionsSecret(e.cause, forms, depth + 1);
}
