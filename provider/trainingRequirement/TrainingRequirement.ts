import * as pulumi from "@pulumi/pulumi";
import type { PoolStatus } from "../toloka/types";
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
  declare readonly poolStatus: pulumi.Output<PoolStatus>;
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

  /**
   * Reads a main pool's training requirement into the program without managing it: `pulumi up`
   * and `pulumi refresh` read it, nothing ever changes it or puts anything back. `id` is the
   * pool's Toloka id. Its outputs are what Toloka holds (`poolId`, `poolStatus`,
   * `actualTrainingId`, `actualPassingSkillValue`, `endpoint`); a get declares nothing, so
   * `trainingId` and `passingSkillValue` are undefined and `previousRequirement` is `null`. A pool
   * that does not exist, or is ARCHIVED, fails the `up`, naming it.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): TrainingRequirement {
    return new TrainingRequirement(name, undefined as unknown as TrainingRequirementArgs, { ...opts, id });
  }

  constructor(name: string, args: TrainingRequirementArgs, opts?: pulumi.CustomResourceOptions) {
    const outputs = {
      poolStatus: undefined,
      actualTrainingId: undefined,
      actualPassingSkillValue: undefined,
      previousRequirement: undefined,
      endpoint: undefined,
      creationId: undefined,
    };
    // `get` (opts.id): Pulumi reads the resource; the provider's read gets nothing but `__provider`.
    super(
      sharedProvider,
      name,
      opts?.id !== undefined ? outputs : { ...args, ...outputs },
      opts?.id !== undefined ? opts : { ...opts, deleteBeforeReplace: opts?.deleteBeforeReplace ?? true },
      "toloka",
      "TrainingRequirement",
    );
  }
}
