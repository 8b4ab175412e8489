import { describeRangeMiss, describeValue as describe } from "../runtime/describeValue";

/** The training fields `overrides` may set, each with the check of its value. */

export type FieldCheck = (value: unknown) => string | undefined;

const boolean: FieldCheck = (v) => (typeof v === "boolean" ? undefined : `must be true or false, got ${describe(v)}`);

const MAX_INT = 2_147_483_647;

/** A whole number within Toloka's limits; Toloka answers 400 outside them (a PUT after the clone). */
function integer(min: number, max = MAX_INT): FieldCheck {
  const range = max === MAX_INT ? `of at least ${min} (Toloka's minimum)` : `from ${min} to ${max} (Toloka's limits)`;
  return (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? undefined : `must be a whole number ${range}, got ${describeRangeMiss(v)}`;
}

const text = (maxLength: number): FieldCheck => (v) =>
  typeof v !== "string"
    ? `must be a string, got ${describe(v)}`
    : v.length > maxLength
      ? `must be at most ${maxLength} characters, got ${v.length}`
      : undefined;

const metadata: FieldCheck = (v) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return `must be an object of string lists, got ${describe(v)}`;
  for (const [key, list] of Object.entries(v)) {
    if (key.startsWith(RESERVED_METADATA_PREFIX)) {
      return `key "${key}" is reserved: keys starting with "${RESERVED_METADATA_PREFIX}" hold the provider's own marker`;
    }
    if (!Array.isArray(list)) return `key "${key}" must hold a list of strings, got ${describe(list)}`;
    const wrong = list.findIndex((item) => typeof item !== "string");
    if (wrong >= 0) return `key "${key}" must hold a list of strings, but its element ${wrong} is ${describe(list[wrong])}`;
  }
  return undefined;
};

/** Metadata keys the provider writes into every clone (see marker.ts). */
export const RESERVED_METADATA_PREFIX = "pulumi_toloka_";

/** The limits are fullApi.yaml's (schemas TrainingViewV1 and TrainingFormV1). */
export const OVERRIDE_FIELD_CHECKS: Readonly<Record<string, FieldCheck>> = {
  may_contain_adult_content: boolean,
  assignment_max_duration_seconds: integer(5),
  mix_tasks_in_creation_order: boolean,
  shuffle_tasks_in_task_suite: boolean,
  training_tasks_in_task_suite_count: integer(0, 500),
  task_suites_required_to_pass: integer(0, 500),
  retry_training_after_days: integer(1),
  inherited_instructions: boolean,
  public_instructions: text(100_000),
  metadata,
};

/** Writable in Toloka, but not through `overrides`: why, and what to use instead. */
export const REFUSED_OVERRIDE_FIELDS: Readonly<Record<string, string>> = {
  private_name: "set the privateName input instead",
  project_id: "a clone stays in its source's project; clone a training of the other project instead",
  owner: "the owner is the account the API key belongs to",
};
