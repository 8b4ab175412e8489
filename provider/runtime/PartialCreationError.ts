/** What a partial creation says: the step that failed and, for other resources than the clone, what was done and what to do. */
export interface PartialCreationWording {
  /** What was being done, e.g. "applying its name, overrides and marker". */
  step: string;
  /** Default: "Cloned training <id> was created". */
  done?: string;
  /** Default: the clone is recorded; run `pulumi up` again, or `pulumi destroy`. */
  next?: string;
}

/**
 * The object exists in Toloka but a later step of `create` failed. Pulumi's host treats an error
 * with a truthy `id` as "created, but failed to initialise" and records the resource, so nothing
 * is leaked. This is the ONLY error class of the provider with an `id` field.
 * The engine shows the user only `reasons` (it drops the message), so the one reason is the whole
 * message: the id, what failed, what to do.
 */
export class PartialCreationError extends Error {
  override readonly name = "PartialCreationError";
  /** The id Pulumi records the resource under. */
  readonly id: string;
  /** The outputs known so far, `__provider` included (a later update or delete needs it). */
  readonly properties: Record<string, unknown>;
  readonly reasons: string[];

  constructor(id: string, properties: Record<string, unknown>, cause: unknown, redact: (s: string) => string, wording: PartialCreationWording) {
    const reason = redact(cause instanceof Error ? cause.message : String(cause));
    super(
      `${wording.done ?? `Cloned training ${id} was created`}, but finishing it failed (${wording.step}): ${reason} ` +
        (wording.next ?? "The clone is recorded in the state; run `pulumi up` again to finish it, or `pulumi destroy` to archive it."),
      { cause },
    );
    this.id = id;
    this.properties = properties;
    this.reasons = [this.message];
  }
}

/** True for a partial creation, even one from a second copy of this code (the name and the id decide). */
export function isPartialCreationError(value: unknown): value is PartialCreationError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; id?: unknown; reasons?: unknown };
  return e.name === "PartialCreationError" && typeof e.id === "string" && Array.isArray(e.reasons);
}
