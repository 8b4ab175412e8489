import * as pulumi from "@pulumi/pulumi";
import type { TrainingRequirementArgs } from "./inputs";
import type { RequirementValue } from "./outputs";
import { TrainingRequirementProvider } from "./TrainingRequirementProvider";

/** One provider object for all resources: one serialized text, so one provider per run. */
const sharedProvider = new TrainingRequirementProvider();

/**
 * A main pool's training requirement (Toloka's `quality_control.training_requirement`): the pool
 * requires `trainingId`, usually a ClonedTraining's, passed with `passingSkillValue`. `pulumi up`
 * links the pool (closing an OPEN pool for the update and opening it again); a new training is an
 * in-place update, so replacing a clone re-points the pool before the old clone is archived;
 * `pulumi destroy` puts back what the pool required before. Settings come from the `toloka:` stack config.
 *
 * `deleteBeforeReplace` defaults to true: a replacement of the requirement itself (`pulumi up
 * --replace`, `pulumi state taint`, a new `poolId`) gives the pool back its earlier requirement
 * before the new resource links it, so the new one records the real earlier requirement even for
 * a state or a pool that carries no record of the link (see docs/training-requirement.md,
 * Replacement). Pass `deleteBeforeReplace: false` to keep the pool linked throughout.
 */
export class TrainingRequirement extends pulumi.dynamic.Resource {
  /** The main pool (also the resource id). */
  declare readonly poolId: pulumi.Output<string>;
  /** The training the program declares. */
  declare readonly trainingId: pulumi.Output<string>;
  /** The passing skill value the program declares, 0 to 100. */
  declare readonly passingSkillValue: pulumi.Output<number>;
  /** The most any one wait may take, in seconds (default 600). */
  declare readonly operationTimeoutSeconds: pulumi.Output<number>;
  /** The pool's status as last seen: OPEN, CLOSED or LOCKED (an ARCHIVED pool leaves the state). */
  declare readonly poolStatus: pulumi.Output<string>;
  /** The training the pool requires as Toloka holds it; `null` when none. Drift shows on `refresh`. */
  declare readonly actualTrainingId: pulumi.Output<string | null>;
  /** The passing skill value as Toloka holds it; `null` when the pool requires no training. */
  declare readonly actualPassingSkillValue: pulumi.Output<number | null>;
  /** What the pool required before this resource was created, or `null`: `destroy` puts it back. */
  declare readonly previousRequirement: pulumi.Output<RequirementValue | null>;
  /** The API base URL the pool lives behind. */
  declare readonly endpoint: pulumi.Output<string>;
  /** Which creation of this resource owns the pool's link (the owner in the record in the pool's metadata). */
  declare readonly creationId: pulumi.Output<string>;

  constructor(name: string, args: TrainingRequirementArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      sharedProvider,
      name,
      {
        ...args,
        poolStatus: undefined,
        actualTrainingId: undefined,
        actualPassingSkillValue: undefined,
        previousRequirement: undefined,
        endpoint: undefined,
        creationId: undefined,
      },
      { ...opts, deleteBeforeReplace: opts?.deleteBeforeReplace ?? true },
      "toloka",
      "TrainingRequirement",
    );
  }
}
