/** Set in the recorded properties of a partial creation: the next `update` finishes the clone. */
export const UNFINISHED_KEY = "__creationUnfinished";

/**
 * The clone exists in Toloka but a later step of `create` failed. Pulumi's host treats an error
 * with a truthy `id` as "created, but failed to initialise" and records the resource, so the
 * clone is never leaked. This is the ONLY error class of the provider with an `id` field.
 * The engine shows the user only `reasons` (it drops the message), so the one reason is the whole
 * message: the clone id, what failed, what to do.
 */
export class PartialCreationError extends Error {
  override readonly name = "PartialCreationError";
  /** The clone's training id: Pulumi records the resource under it. */
  readonly id: string;
  /** The outputs known so far, `__provider` and UNFINISHED_KEY included (a later update or delete needs them). */
  readonly properties: Record<string, unknown>;
  readonly reasons: string[];

  /** `step` says what was being done, e.g. "applying its name, overrides and marker". */
  constructor(trainingId: string, properties: Record<string, unknown>, cause: unknown, redact: (s: string) => string, step: string) {
    const reason = redact(cause instanceof Error ? cause.message : String(cause));
    super(
      `Cloned training ${trainingId} was created, but finishing it failed (${step}): ${reason} ` +
        `The clone is recorded in the state; run \`pulumi up\` again to finish it, or \`pulumi destroy\` to archive it.`,
      { cause },
    );
    this.id = trainingId;
    this.properties = { ...properties, [UNFINISHED_KEY]: true };
    this.reasons = [this.message];
  }
}
