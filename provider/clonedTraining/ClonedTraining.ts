import * as pulumi from "@pulumi/pulumi";
import { ClonedTrainingProvider } from "./ClonedTrainingProvider";
import type { TrainingStatus } from "../toloka/types";
import type { ClonedTrainingArgs } from "./inputs";
import type { ActualOverrides, TrainingOverrideValues } from "./TrainingOverrides";

/** One provider object for all resources: one serialized text, so one provider (limiter, registry) per run. */
const sharedProvider = new ClonedTrainingProvider();

/** The type Pulumi registers for `pulumi.dynamic.Resource` with module "toloka", type "ClonedTraining". */
const RESOURCE_TYPE = "pulumi-nodejs:dynamic/toloka:ClonedTraining";

/**
 * A clone of a Toloka training pool. `pulumi up` clones the source and applies the declared name
 * and overrides; `pulumi destroy` archives the clone once it is CLOSED and every main pool linked
 * to it is ARCHIVED. Settings (API key, environment) come from the `toloka:` stack config.
 */
export class ClonedTraining extends pulumi.dynamic.Resource {
  /** The training pool the clone was made from. A change replaces the clone. Undefined for a training read with `get`. */
  declare readonly sourceTrainingId: pulumi.Output<string>;
  /** The declared name (at most 200 characters), or undefined when the clone keeps its cloned name. */
  declare readonly privateName: pulumi.Output<string | undefined>;
  /** The declared overrides, as given. */
  declare readonly overrides: pulumi.Output<TrainingOverrideValues | undefined>;
  /** Whether delete closes an OPEN clone before archiving it. */
  declare readonly closeBeforeArchive: pulumi.Output<boolean>;
  /** The most any one wait for a Toloka operation may take, in seconds (above 0, at most 86400). */
  declare readonly operationTimeoutSeconds: pulumi.Output<number>;
  /** The clone's id in Toloka (also the resource id): the id a pool's training requirement names. */
  declare readonly trainingId: pulumi.Output<string>;
  /** The project the clone belongs to: its source's project. */
  declare readonly projectId: pulumi.Output<string>;
  /** The clone's status in Toloka at the last `up` or `refresh`: OPEN, CLOSED or LOCKED (ARCHIVED clones leave the state). */
  declare readonly status: pulumi.Output<TrainingStatus>;
  /** The name as Toloka holds it; differs from `privateName` after a rename outside Pulumi, until the next `up`. */
  declare readonly actualPrivateName: pulumi.Output<string | null>;
  /** The values Toloka holds for the fields named in `overrides` (`null` where it holds none). */
  declare readonly actualOverrides: pulumi.Output<ActualOverrides | undefined>;
  /** The TRAINING.CLONE operation that made the clone; empty when an interrupted run's clone was adopted. */
  declare readonly cloneOperationId: pulumi.Output<string>;
  /**
   * When Toloka created the clone, as Toloka gives it: ISO 8601 in UTC without a zone suffix,
   * e.g. `2026-12-03T00:31:42.348` (fullApi.yaml, TrainingViewV1.created).
   */
  declare readonly created: pulumi.Output<string | null>;
  /** The API base URL the clone lives behind; refresh, update and delete refuse any other. */
  declare readonly endpoint: pulumi.Output<string>;

  /**
   * Reads an existing training of Toloka into the program without managing it: `pulumi up` and
   * `pulumi refresh` read it, nothing ever changes or archives it. `id` is the training's Toloka
   * id; the settings are the `toloka:` stack config's. Its outputs are what Toloka holds
   * (`trainingId`, `projectId`, `status`, `actualPrivateName`, `created`, `endpoint`); a get
   * declares nothing, so `sourceTrainingId`, `privateName` and `overrides` are undefined. A
   * training that does not exist, or is ARCHIVED, fails the `up`, naming it.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): ClonedTraining {
    return new ClonedTraining(name, undefined as unknown as ClonedTrainingArgs, { ...opts, id });
  }

  constructor(name: string, args: ClonedTrainingArgs, opts?: pulumi.CustomResourceOptions) {
    const outputs = {
      trainingId: undefined,
      projectId: undefined,
      status: undefined,
      actualPrivateName: undefined,
      actualOverrides: undefined,
      cloneOperationId: undefined,
      created: undefined,
      endpoint: undefined,
    };
    // `get` (opts.id): Pulumi reads the resource; the provider's read gets nothing but `__provider`.
    const reading = opts?.id !== undefined;
    super(
      sharedProvider,
      name,
      reading ? outputs : { ...args, __marker: markerOf(name, opts?.parent), ...outputs },
      reading ? opts : { ...opts, additionalSecretOutputs: secretOutputs(args, opts?.additionalSecretOutputs) },
      "toloka",
      "ClonedTraining",
    );
  }
}

/**
 * The marker is the URN this resource will get (parent chain included), so two resources of one
 * name under different parents never share one. The dynamic host hands the URN to no provider
 * method, so it is computed here. A plain Promise, not an Output: an Output of the parent's URN
 * would make the resource depend on its parent component, and so on all its siblings.
 */
function markerOf(name: string, parent: pulumi.Resource | undefined): pulumi.Input<string> {
  if (!parent) return `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::${RESOURCE_TYPE}::${name}`;
  return new Promise<string>((resolve) => pulumi.createUrn(name, RESOURCE_TYPE, parent).apply(resolve));
}

/**
 * The host accepts no secrets, and the engine re-marks secret only the outputs named like a secret
 * input: the actual name and overrides must be declared secret when their inputs may be (any
 * Output may be a secret; a plain value never is).
 */
function secretOutputs(args: ClonedTrainingArgs, userSecrets: string[] | undefined): string[] | undefined {
  const secrets = new Set(userSecrets ?? []);
  if (holdsOutput(args.privateName)) secrets.add("actualPrivateName");
  if (holdsOutput(args.overrides)) secrets.add("actualOverrides");
  return secrets.size > 0 ? [...secrets] : undefined;
}

function holdsOutput(value: unknown): boolean {
  if (pulumi.Output.isInstance(value)) return true;
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(holdsOutput);
}
