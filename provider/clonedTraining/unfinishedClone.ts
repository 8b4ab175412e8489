import { PartialCreationError } from "../runtime/PartialCreationError";

/** Set in the recorded properties of a clone's partial creation: the next `update` finishes the clone. */
export const UNFINISHED_KEY = "__creationUnfinished";

/** A clone's partial creation: recorded as unfinished, so that the next `update` finishes it. */
export function unfinishedClone(
  id: string,
  properties: Record<string, unknown>,
  cause: unknown,
  redact: (s: string) => string,
  step: string,
): PartialCreationError {
  return new PartialCreationError(id, { ...properties, [UNFINISHED_KEY]: true }, cause, redact, { step });
}
