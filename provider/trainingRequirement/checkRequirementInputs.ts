import { describeRangeMiss, describeValue as describe } from "../runtime/describeValue";
import { operationTimeoutProblem } from "../runtime/operationTimeout";
import type { CheckFailure, CheckResult } from "../runtime/ProviderResults";
import { UNKNOWN_VALUE } from "../runtime/unknownValue";
import { DEFAULT_REQUIREMENT_INPUTS, REQUIREMENT_INPUT_KEYS } from "./inputs";

/** Toloka's bounds of `training_passing_skill_value` (fullApi.yaml, schema TrainingRequirement). */
export const PASSING_SKILL_RANGE = { min: 0, max: 100 } as const;

/**
 * Validates and normalizes the inputs, sending nothing and needing no key. Every failure names
 * its property; values not known yet (preview, e.g. the id of a clone still to be made) pass.
 */
export function checkRequirementInputs(news: Record<string, unknown>, timeScale = 1): CheckResult {
  const failures: CheckFailure[] = [];
  const fail = (property: string, reason: string) => failures.push({ property, reason });
  const inputs: Record<string, unknown> = {};

  for (const key of Object.keys(news)) {
    if (key === "__provider") continue;
    if (!(REQUIREMENT_INPUT_KEYS as readonly string[]).includes(key)) {
      fail(key, `unknown input "${key}": TrainingRequirement takes ${REQUIREMENT_INPUT_KEYS.join(", ")}`);
    }
  }

  const ids = { poolId: "the main pool", trainingId: "the training the pool requires (usually clone.id)" } as const;
  for (const [key, what] of Object.entries(ids)) {
    const value = news[key];
    if (value === UNKNOWN_VALUE) inputs[key] = value;
    else {
      const reason = idProblem(value, what);
      if (reason) fail(key, reason);
      else inputs[key] = String(value);
    }
  }

  const skill = news.passingSkillValue;
  const { min, max } = PASSING_SKILL_RANGE;
  if (skill === UNKNOWN_VALUE) inputs.passingSkillValue = skill;
  else if (typeof skill !== "number" || !Number.isInteger(skill) || skill < min || skill > max) {
    fail(
      "passingSkillValue",
      `must be a whole number from ${min} to ${max} (the percentage of correct training answers a Toloker needs), got ${describeRangeMiss(skill)}`,
    );
  } else inputs.passingSkillValue = skill;

  const timeout = news.operationTimeoutSeconds ?? DEFAULT_REQUIREMENT_INPUTS.operationTimeoutSeconds;
  const timeoutProblem = timeout === UNKNOWN_VALUE ? undefined : operationTimeoutProblem(timeout, timeScale);
  if (timeoutProblem) fail("operationTimeoutSeconds", timeoutProblem);
  else inputs.operationTimeoutSeconds = timeout;

  return { inputs, failures };
}

/** Why a value is not a Toloka id, or undefined when it is one. */
function idProblem(value: unknown, what: string): string | undefined {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value > 0 ? undefined : `must be a Toloka id (a string of digits), got ${describe(value)}`;
  }
  if (value === undefined || value === null) return `is required: the id of ${what}, a string of digits like "123456"`;
  if (typeof value !== "string") return `must be a Toloka id (a string of digits like "123456"), got ${describe(value)}`;
  if (!/^[0-9]+$/.test(value)) return `must be a Toloka id made of digits only, like "123456", got ${describe(value)}`;
  if (value.length > 20) return `is ${value.length} digits long: a Toloka id has at most 20`;
  return undefined;
}
