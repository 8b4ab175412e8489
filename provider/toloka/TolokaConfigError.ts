import { TolokaError, type TolokaErrorOptions } from "./TolokaError";

/** A bad setting (baseUrl, apiKey, an option). The message names the setting and what to do. */
export class TolokaConfigError extends TolokaError {
  override readonly name = "TolokaConfigError" as const;
  /** The setting at fault, e.g. `baseUrl` or `maxRetries`. */
  readonly setting: string;

  constructor(setting: string, message: string, options: TolokaErrorOptions = {}) {
    super(message, options);
    this.setting = setting;
  }
}

export function isTolokaConfigError(value: unknown): value is TolokaConfigError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; setting?: unknown };
  return e.name === "TolokaConfigError" && typeof e.setting === "string";
}

/** Quotes a bad value for a message: JSON, cut to `max` characters. */
export function quoteValue(value: unknown, max = 80): string {
  let text: string;
  if (typeof value === "function") text = "a function";
  else if (typeof value === "bigint" || typeof value === "symbol") text = String(value);
  else text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
