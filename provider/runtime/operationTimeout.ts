import { describeRangeMiss } from "./describeValue";

/** The longest `operationTimeoutSeconds` either resource accepts: a day. */
export const MAX_OPERATION_TIMEOUT_SECONDS = 86_400;

/**
 * The shortest: a clone or a status change takes seconds on Toloka, and a timeout that fires
 * while it runs only leaves the work for the next `up`. Multiplied by `toloka:timeScale` (tests).
 */
export const MIN_OPERATION_TIMEOUT_SECONDS = 10;

/** Why a value is not a usable `operationTimeoutSeconds`, or undefined when it is one. */
export function operationTimeoutProblem(value: unknown, timeScale = 1): string | undefined {
  const min = MIN_OPERATION_TIMEOUT_SECONDS * timeScale;
  if (typeof value === "number" && Number.isFinite(value) && value >= min && value <= MAX_OPERATION_TIMEOUT_SECONDS) return undefined;
  return (
    `must be a number of seconds from ${min} to ${MAX_OPERATION_TIMEOUT_SECONDS}, got ${describeRangeMiss(value, false)}` +
    (typeof value === "number" && value > 0 && value < min
      ? ": a shorter wait gives up while Toloka's operation still runs, and leaves it to the next `up`"
      : "")
  );
}
