import { READ_ONLY_TRAINING_FIELDS } from "../toloka/types";
import { describeValue as describe } from "../runtime/describeValue";
import { operationTimeoutProblem } from "../runtime/operationTimeout";
import type { CheckFailure, CheckResult } from "../runtime/ProviderResults";
import { UNKNOWN_VALUE } from "../runtime/unknownValue";
import { DEFAULT_INPUTS, INPUT_KEYS } from "./inputs";
import { OVERRIDE_FIELD_CHECKS, REFUSED_OVERRIDE_FIELDS } from "./overrideFields";

/** Toloka's limit on `private_name`. */
export const MAX_PRIVATE_NAME_LENGTH = 200;

const isUnknown = (v: unknown): boolean => v === UNKNOWN_VALUE;

/**
 * Validates and normalizes the inputs, sending nothing. Every failure names its property;
 * values not known yet (preview) pass untouched. `olds` are the inputs recorded at the last `up`
 * (empty for a new resource).
 */
export function checkInputs(news: Record<string, unknown>, olds: Record<string, unknown> = {}, timeScale = 1): CheckResult {
  const failures: CheckFailure[] = [];
  const fail = (property: string, reason: string) => failures.push({ property, reason });
  const inputs: Record<string, unknown> = {};

  for (const key of Object.keys(news)) {
    if (key === "__provider") continue;
    if (!(INPUT_KEYS as readonly string[]).includes(key)) {
      fail(key, `unknown input "${key}": ClonedTraining takes ${INPUT_KEYS.filter((k) => !k.startsWith("__")).join(", ")}`);
    }
  }

  const source = news.sourceTrainingId;
  if (isUnknown(source)) inputs.sourceTrainingId = source;
  else {
    const reason = tolokaIdProblem(source);
    if (reason) fail("sourceTrainingId", reason);
    else inputs.sourceTrainingId = String(source);
  }

  const name = news.privateName;
  if (name !== undefined && name !== null) {
    if (isUnknown(name)) inputs.privateName = name;
    else if (typeof name !== "string") fail("privateName", `must be a string, got ${describe(name)}`);
    else if (name.trim() === "") fail("privateName", "must not be empty: leave privateName unset to keep the cloned name");
    else if (name.length > MAX_PRIVATE_NAME_LENGTH) {
      fail("privateName", `must be at most ${MAX_PRIVATE_NAME_LENGTH} characters (Toloka's limit), got ${name.length}`);
    } else inputs.privateName = name;
  }

  const overrides = news.overrides;
  if (overrides !== undefined && overrides !== null) {
    if (isUnknown(overrides)) inputs.overrides = overrides;
    else if (typeof overrides !== "object" || Array.isArray(overrides)) {
      fail("overrides", `must be an object of Toloka training fields, got ${describe(overrides)}`);
    } else {
      for (const [field, value] of Object.entries(overrides)) {
        const reason = overrideProblem(field, value);
        if (reason) fail(`overrides.${field}`, reason);
      }
      inputs.overrides = overrides;
    }
  }

  const close = news.closeBeforeArchive ?? DEFAULT_INPUTS.closeBeforeArchive;
  if (!isUnknown(close) && typeof close !== "boolean") {
    fail("closeBeforeArchive", `must be true or false, got ${describe(close)}`);
  } else inputs.closeBeforeArchive = close;

  const timeout = news.operationTimeoutSeconds ?? DEFAULT_INPUTS.operationTimeoutSeconds;
  const timeoutProblem = isUnknown(timeout) ? undefined : operationTimeoutProblem(timeout, timeScale);
  if (timeoutProblem) fail("operationTimeoutSeconds", timeoutProblem);
  else inputs.operationTimeoutSeconds = timeout;

  const adopt = news.adoptTrainingId;
  if (adopt !== undefined && adopt !== null) {
    if (isUnknown(adopt) || (typeof adopt === "string" && /^[0-9]{1,20}$/.test(adopt))) inputs.adoptTrainingId = adopt;
    else fail("adoptTrainingId", `must be the Toloka id of an existing training to adopt, a string of digits like "123456"; got ${describe(adopt)}`);
    // A new source replaces the resource: its create would adopt the same training again, and the
    // end of that `up` would archive it as the old resource's.
    const replaced = typeof source === "string" && typeof olds.sourceTrainingId === "string" && source !== olds.sourceTrainingId;
    if (replaced && !isUnknown(source) && adopt === olds.adoptTrainingId) {
      fail(
        "adoptTrainingId",
        `is still set to training ${adopt}, and the new sourceTrainingId replaces this resource: the replacement would adopt ` +
          `training ${adopt} again, and the end of the same \`up\` would archive it as the old resource's training. ` +
          "Remove adoptTrainingId and run `pulumi up` first (it changes only the state), then change sourceTrainingId.",
      );
    }
  }

  const marker = news.__marker;
  if (marker !== undefined && marker !== null) {
    if (typeof marker !== "string" || marker.length > 500) fail("__marker", "is set by ClonedTraining itself: do not pass it");
    else inputs.__marker = marker;
  }

  return { inputs, failures };
}

/** Why a value is not a Toloka id, or undefined when it is one. */
export function tolokaIdProblem(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value > 0 ? undefined : `must be a Toloka id (a string of digits), got ${describe(value)}`;
  }
  if (value === undefined || value === null) {
    return `is missing: set it to the id of the training pool to clone, a string of digits like "123456"`;
  }
  if (typeof value !== "string") return `must be the id of the training pool to clone, a string of digits like "123456"; got ${describe(value)}`;
  if (value === "") return 'must not be empty: the id of the training pool to clone, like "123456"';
  if (!/^[0-9]+$/.test(value)) return `must be a Toloka id made of digits only, like "123456", got ${describe(value)}`;
  if (value.length > 20) return `is ${value.length} digits long: a Toloka id has at most 20`;
  return undefined;
}

function overrideProblem(field: string, value: unknown): string | undefined {
  if (field in REFUSED_OVERRIDE_FIELDS) return `cannot be overridden: ${REFUSED_OVERRIDE_FIELDS[field]}`;
  if ((READ_ONLY_TRAINING_FIELDS as readonly string[]).includes(field)) return "is read-only in Toloka and cannot be set";
  const checkValue = OVERRIDE_FIELD_CHECKS[field];
  if (!checkValue) {
    return `is not a writable training field; use one of ${Object.keys(OVERRIDE_FIELD_CHECKS).join(", ")}`;
  }
  if (value === null || value === undefined) return "has no value: give it one, or leave the field out to keep the clone's value";
  return isUnknown(value) ? undefined : checkValue(value);
}

