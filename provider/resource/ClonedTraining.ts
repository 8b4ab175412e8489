import * as pulumi from "@pulumi/pulumi";
import { ClonedTrainingProvider } from "./ClonedTrainingProvider";
import type { ClonedTrainingArgs } from "./inputs";

/** One provider object for all resources: one serialized text, so one provider (limiter, registry) per run. */
const sharedProvider = new ClonedTrainingProvider();

/**
 * A clone of a Toloka training pool. `pulumi up` clones the source and applies the declared name
 * and overrides; `pulumi destroy` archives the clone once it is CLOSED and every main pool linked
 * to it is ARCHIVED. Settings (API key, environment) come from the `toloka:` stack config.
 */
export class ClonedTraining extends pulumi.dynamic.Resource {
  declare readonly sourceTrainingId: pulumi.Output<string>;
  declare readonly privateName: pulumi.Output<string | undefined>;
  declare readonly overrides: pulumi.Output<Record<string, unknown> | undefined>;
  declare readonly closeBeforeArchive: pulumi.Output<boolean>;
  declare readonly operationTimeoutSeconds: pulumi.Output<number>;
  /** The clone's id in Toloka (also the resource id). */
  declare readonly trainingId: pulumi.Output<string>;
  declare readonly projectId: pulumi.Output<string>;
  /** OPEN, CLOSED, LOCKED (ARCHIVED clones leave the state). */
  declare readonly status: pulumi.Output<string>;
  /** The name as Toloka holds it. */
  declare readonly actualPrivateName: pulumi.Output<string | null>;
  /** The values Toloka holds for the fields named in `overrides`. */
  declare readonly actualOverrides: pulumi.Output<Record<string, unknown> | undefined>;
  declare readonly cloneOperationId: pulumi.Output<string>;
  declare readonly created: pulumi.Output<string | null>;
  /** The API base URL the clone lives behind. */
  declare readonly endpoint: pulumi.Output<string>;

  constructor(name: string, args: ClonedTrainingArgs, opts?: pulumi.CustomResourceOptions) {
    const marker = `${pulumi.getProject()}/${pulumi.getStack()}/${name}`;
    super(
      sharedProvider,
      name,
      {
        ...args,
        __marker: marker,
        trainingId: undefined,
        projectId: undefined,
        status: undefined,
        actualPrivateName: undefined,
        actualOverrides: undefined,
        cloneOperationId: undefined,
        created: undefined,
        endpoint: undefined,
      },
      opts,
      "toloka",
      "ClonedTraining",
    );
  }
}
