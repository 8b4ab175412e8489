import { describeValue } from "./describeValue";

/** The longest `operationTimeoutSeconds` either resource accepts: a day. */
export const MAX_OPERATION_TIMEOUT_SECONDS = 86_400;

/** Why a value is not a usable `operationTimeoutSeconds`, or undefined when it is one. */
export function operationTimeoutProblem(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value <= MAX_OPERATION_TIMEOUT_SECONDS) return undefined;
  return `must be a number of seconds above 0 and at most ${MAX_OPERATION_TIMEOUT_SECONDS}, got ${describeValue(value)}`;
}
