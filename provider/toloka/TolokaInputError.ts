import { TolokaError, type TolokaErrorOptions } from "./TolokaError";

/** An argument refused before any request was sent (e.g. an id that is not a Toloka id). */
export class TolokaInputError extends TolokaError {
  override readonly name = "TolokaInputError" as const;
  /** What the argument is, e.g. `training id`. */
  readonly what: string;
  /** The refused value, quoted and shortened. */
  readonly valueText: string;

  constructor(what: string, valueText: string, message: string, options: TolokaErrorOptions = {}) {
    super(message, options);
    this.what = what;
    this.valueText = valueText;
  }
}

export function isTolokaInputError(value: unknown): value is TolokaInputError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; what?: unknown };
  return e.name === "TolokaInputError" && typeof e.what === "string";
}
