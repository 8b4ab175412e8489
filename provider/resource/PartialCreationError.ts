/**
 * The clone exists in Toloka but a later step of `create` failed. Pulumi's host treats an error
 * with a truthy `id` as "created, but failed to initialise" and records the resource, so the
 * clone is never leaked. This is the ONLY error class of the provider with an `id` field.
 */
export class PartialCreationError extends Error {
  override readonly name = "PartialCreationError";
  /** The clone's training id: Pulumi records the resource under it. */
  readonly id: string;
  /** The outputs known so far, `__provider` included so that a later delete can load the code. */
  readonly properties: Record<string, unknown>;
  readonly reasons: string[];

  /** `wording` is for other resources than the clone: what was done, and what the user can do next. */
  constructor(
    trainingId: string,
    properties: Record<string, unknown>,
    cause: unknown,
    redact: (s: string) => string,
    wording?: { done: string; next: string },
  ) {
    const reason = redact(cause instanceof Error ? cause.message : String(cause));
    super(
      `${wording?.done ?? `Cloned training ${trainingId} was created`}, but finishing it failed: ${reason} ` +
        (wording?.next ?? "The clone is recorded in the state; run `pulumi up` again to finish it, or `pulumi destroy` to archive it."),
    );
    this.id = trainingId;
    this.properties = properties;
    this.reasons = [reason];
  }
}
