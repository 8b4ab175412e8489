import type * as pulumi from "@pulumi/pulumi";

/**
 * The writable training fields `overrides` may set, in Toloka's own names, with Toloka's limits
 * (fullApi.yaml, schemas TrainingFormV1 and TrainingViewV1). Each value may be an Input.
 * `private_name` is the `privateName` input; `project_id` and `owner` cannot be overridden: their
 * types say why, in the type checker's message.
 */
export interface TrainingOverrides {
  /** Whether the tasks may contain adult content. */
  may_contain_adult_content?: pulumi.Input<boolean>;
  /** The time allowed for completing one task suite, in seconds: a whole number, at least 5. */
  assignment_max_duration_seconds?: pulumi.Input<number>;
  /** `true`: tasks are grouped into suites in their upload order; `false`: at random. */
  mix_tasks_in_creation_order?: pulumi.Input<boolean>;
  /** `true`: tasks are shuffled within each suite; `false`: listed in their upload order. */
  shuffle_tasks_in_task_suite?: pulumi.Input<boolean>;
  /** The number of training tasks per suite: a whole number from 0 to 500. */
  training_tasks_in_task_suite_count?: pulumi.Input<number>;
  /** The number of suites a Toloker must complete to get the skill: a whole number from 0 to 500. */
  task_suites_required_to_pass?: pulumi.Input<number>;
  /** The number of days before a Toloker may retry the training: a whole number, at least 1. */
  retry_training_after_days?: pulumi.Input<number>;
  /** `true`: show the project's instructions; `false`: show `public_instructions`. */
  inherited_instructions?: pulumi.Input<boolean>;
  /** The instructions for the training tasks; any HTML markup, at most 100,000 characters. */
  public_instructions?: pulumi.Input<string>;
  /**
   * Your own labels: each key holds a list of strings. Keys starting with `pulumi_toloka_` are
   * the provider's own marker and are refused.
   */
  metadata?: pulumi.Input<Record<string, pulumi.Input<pulumi.Input<string>[]>>>;
  /**
   * Not an override: the clone's name is the `privateName` input. Set `privateName` instead
   * (the check refuses `private_name` here too).
   */
  private_name?: RefusedOverride<"private_name is not an override: set the privateName input instead">;
  /** Not an override: a clone stays in its source's project. Clone a training of the other project instead. */
  project_id?: RefusedOverride<"project_id cannot be overridden: a clone stays in its source's project">;
  /** Not an override: the owner is the account the API key belongs to. */
  owner?: RefusedOverride<"owner cannot be overridden: it is the account the API key belongs to">;
}

/**
 * The type of a field `overrides` refuses: no value fits it, and the type checker's message
 * quotes the reason, e.g. `Type 'string' is not assignable to type 'RefusedOverride<"private_name
 * is not an override: set the privateName input instead">'`.
 */
export type RefusedOverride<Why extends string> = { readonly [K in Why]: never };

/** The fields of TrainingOverrides that are refused. */
export type RefusedOverrideField = "private_name" | "project_id" | "owner";

/** The override fields as plain values, as the outputs hold them (`overrides`). */
export type TrainingOverrideValues = {
  [K in keyof Omit<TrainingOverrides, RefusedOverrideField>]?: pulumi.Unwrap<NonNullable<TrainingOverrides[K]>>;
};

/**
 * What Toloka holds for each field named in `overrides` (`actualOverrides`): the same fields and
 * types, `null` where Toloka holds none.
 */
export type ActualOverrides = {
  [K in keyof TrainingOverrideValues]?: TrainingOverrideValues[K] | null;
};
