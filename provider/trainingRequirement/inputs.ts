import type * as pulumi from "@pulumi/pulumi";

/** What a program declares for one TrainingRequirement: a main pool linked to a training. */
export interface TrainingRequirementArgs {
  /**
   * The main pool whose `quality_control.training_requirement` this resource manages (a Toloka
   * id: a string of digits). It must exist and not be ARCHIVED. A change replaces the resource.
   */
  poolId: pulumi.Input<string>;
  /**
   * The training the pool requires (a string of digits), usually a ClonedTraining's `id`, which
   * stays known in preview. It must exist, not be ARCHIVED, and be in the pool's project. A change
   * re-points the pool in place.
   */
  trainingId: pulumi.Input<string>;
  /**
   * The share of correct training answers, in percent, a Toloker needs to get the pool's tasks:
   * a whole number from 0 to 100 (Toloka's `training_passing_skill_value`). A change is an
   * in-place update.
   */
  passingSkillValue: pulumi.Input<number>;
  /**
   * The most that any one wait may take, in seconds: for a LOCKED pool, for closing the pool for
   * the update, for opening it again. Above 0 and at most 86400; default 600.
   */
  operationTimeoutSeconds?: pulumi.Input<number>;
}

/** The inputs as the provider receives them after `check`: plain values, defaults filled in. */
export interface TrainingRequirementInputs {
  poolId: string;
  trainingId: string;
  passingSkillValue: number;
  operationTimeoutSeconds: number;
}

export const DEFAULT_REQUIREMENT_INPUTS = { operationTimeoutSeconds: 600 } as const;

export const REQUIREMENT_INPUT_KEYS = ["poolId", "trainingId", "passingSkillValue", "operationTimeoutSeconds"] as const;

/** Picks the recorded inputs out of a property bag (old outputs hold the inputs too). */
export function pickRequirementInputs(props: Record<string, unknown>): TrainingRequirementInputs {
  const inputs: Record<string, unknown> = {};
  for (const key of REQUIREMENT_INPUT_KEYS) {
    if (props[key] !== undefined && props[key] !== null) inputs[key] = props[key];
  }
  return { ...DEFAULT_REQUIREMENT_INPUTS, ...inputs } as TrainingRequirementInputs;
}
