import type * as pulumi from "@pulumi/pulumi";
import type { TrainingRequirementRuntime } from "./TrainingRequirementRuntime";

/**
 * The package's main entry: Pulumi stores this class's code in the state of every resource and
 * runs it again for `refresh` and `destroy`, so it reaches the package only by this name (see
 * ClonedTrainingProvider), never through a file path.
 */
const PACKAGE_ENTRY = "pulumi-toloka";

function runtimeOf(provider: object): TrainingRequirementRuntime {
  return (require(PACKAGE_ENTRY) as { trainingRequirementRuntime(p: object): TrainingRequirementRuntime }).trainingRequirementRuntime(
    provider,
  );
}

/**
 * The dynamic provider of TrainingRequirement. It holds nothing: settings and the API key come
 * from the `toloka:` stack config through `configure()` (or the environment), as for ClonedTraining.
 * Its methods repeat ClonedTrainingProvider's on purpose: Pulumi serializes this class into every
 * resource's state, and a shared base class would be serialized with it, so each stored text
 * stays self-contained and reaches the package only through its one runtime function.
 */
export class TrainingRequirementProvider implements pulumi.dynamic.ResourceProvider {
  async configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
    runtimeOf(this).configure(req.config);
  }

  async check(olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult> {
    return runtimeOf(this).check(olds, news);
  }

  async diff(id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.DiffResult> {
    const { changes, replaces, deleteBeforeReplace } = runtimeOf(this).diff(id, olds, news);
    return { changes, replaces, deleteBeforeReplace };
  }

  async create(inputs: Record<string, unknown>): Promise<pulumi.dynamic.CreateResult> {
    return runtimeOf(this).create(inputs);
  }

  async read(id: string, props: Record<string, unknown>): Promise<pulumi.dynamic.ReadResult> {
    return runtimeOf(this).read(id, props);
  }

  async update(id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.UpdateResult> {
    return runtimeOf(this).update(id, olds, news);
  }

  async delete(id: string, props: Record<string, unknown>): Promise<void> {
    return runtimeOf(this).delete(id, props);
  }
}
