import type * as pulumi from "@pulumi/pulumi";

/** What a program declares for one ClonedTraining. */
export interface ClonedTrainingArgs {
  /** The training pool to clone (a Toloka id: a string of digits). A change replaces the resource. */
  sourceTrainingId: pulumi.Input<string>;
  /** The clone's name in Toloka. Unset: the clone keeps the name it was cloned with. */
  privateName?: pulumi.Input<string>;
  /** Other writable training fields, in Toloka's own names (`retry_training_after_days`, `public_instructions`, …). */
  overrides?: pulumi.Input<Record<string, pulumi.Input<unknown>>>;
  /** On delete, close an OPEN clone before archiving it. Default `false`: deleting an OPEN clone fails. */
  closeBeforeArchive?: pulumi.Input<boolean>;
  /** The most that any one wait for a Toloka operation may take, in seconds. Default 600. */
  operationTimeoutSeconds?: pulumi.Input<number>;
  /**
   * Take over this existing training (a Toloka id) instead of cloning: the way to import one.
   * Read at creation only; a later change touches the state only.
   */
  adoptTrainingId?: pulumi.Input<string>;
}

/** The inputs as the provider receives them after `check`: plain values, defaults filled in. */
export interface ClonedTrainingInputs {
  sourceTrainingId: string;
  privateName?: string;
  overrides?: Record<string, unknown>;
  closeBeforeArchive: boolean;
  operationTimeoutSeconds: number;
  adoptTrainingId?: string;
  /** The resource's URN, written into the clone's metadata so an interrupted `up` can adopt it (see marker.ts). */
  __marker?: string;
}

export const DEFAULT_INPUTS = {
  closeBeforeArchive: false,
  operationTimeoutSeconds: 600,
} as const;

/** The input keys a program may set, plus the ones the resource class and Pulumi add. */
export const INPUT_KEYS = [
  "sourceTrainingId",
  "privateName",
  "overrides",
  "closeBeforeArchive",
  "operationTimeoutSeconds",
  "adoptTrainingId",
  "__marker",
] as const;

/** Picks the recorded inputs out of a property bag (old outputs hold the inputs too). */
export function pickInputs(props: Record<string, unknown>): ClonedTrainingInputs {
  const inputs: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) {
    if (props[key] !== undefined && props[key] !== null) inputs[key] = props[key];
  }
  return {
    ...DEFAULT_INPUTS,
    ...inputs,
  } as ClonedTrainingInputs;
}
