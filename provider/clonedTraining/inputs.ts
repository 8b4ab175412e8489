import type * as pulumi from "@pulumi/pulumi";
import type { TrainingOverrides } from "./TrainingOverrides";

/** What a program declares for one ClonedTraining. */
export interface ClonedTrainingArgs {
  /** The training pool to clone: a Toloka id, a string of digits like `"123456"`. A change replaces the clone. */
  sourceTrainingId: pulumi.Input<string>;
  /**
   * The clone's name in Toloka, at most 200 characters, not blank. Unset: the clone keeps the
   * name it was cloned with. A rename made outside Pulumi is put back by the next `up`.
   */
  privateName?: pulumi.Input<string>;
  /** Other writable training fields, in Toloka's own names, kept in sync like `privateName`. */
  overrides?: pulumi.Input<TrainingOverrides>;
  /**
   * On delete, close an OPEN clone (and wait for that) before archiving it. Default `false`:
   * deleting an OPEN clone fails and changes nothing. Changing it sends nothing to Toloka.
   */
  closeBeforeArchive?: pulumi.Input<boolean>;
  /**
   * The most that any one wait for a Toloka operation may take, in seconds: the clone, a LOCKED
   * training, closing an OPEN clone for an edit and opening it again, the close and the archive
   * of delete. Above 0 and at most 86400. Default 600. Changing it sends nothing to Toloka.
   */
  operationTimeoutSeconds?: pulumi.Input<number>;
  /**
   * Take over this existing training (a Toloka id) instead of cloning: the way to import one.
   * Read at creation only; a later change touches the state only.
   */
  adoptTrainingId?: pulumi.Input<string>;
}

/** The inputs as the provider receives them after `check`: plain values, defaults filled in. */
export interface ClonedTrainingInputs {
  /** The training pool to clone (digits). */
  sourceTrainingId: string;
  /** The clone's declared name (at most 200 characters); unset keeps the cloned name. */
  privateName?: string;
  /** The declared training fields, in Toloka's names (see TrainingOverrides for each one's limit). */
  overrides?: Record<string, unknown>;
  /** Whether delete closes an OPEN clone first. Default `false`. */
  closeBeforeArchive: boolean;
  /** The most any one wait for a Toloka operation may take, in seconds (above 0, at most 86400). Default 600. */
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
