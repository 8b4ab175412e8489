import type * as pulumi from "@pulumi/pulumi";

/**
 * The writable training fields `overrides` may set, in Toloka's own names, with Toloka's limits
 * (fullApi.yaml, schemas TrainingFormV1 and TrainingViewV1). Each value may be an Input.
 * `private_name` is the `privateName` input; `project_id` and `owner` cannot be overridden.
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
}
