import type * as pulumi from "@pulumi/pulumi";
import type { ClonedTrainingRuntime } from "./ClonedTrainingRuntime";

/**
 * The package's main entry. Pulumi stores this class's code in the state of every resource and
 * runs it again (even years later, for `destroy`) in its provider host: the code must reach the
 * package only through this name, never through an internal file path, so later versions can
 * move files freely. The host resolves it from the Pulumi project's node_modules.
 */
const PACKAGE_ENTRY = "pulumi-toloka";

function runtimeOf(provider: object): ClonedTrainingRuntime {
  return (require(PACKAGE_ENTRY) as { providerRuntime(p: object): ClonedTrainingRuntime }).providerRuntime(provider);
}

/**
 * The dynamic provider of ClonedTraining. It holds nothing: credentials come from stack config
 * through `configure()` (or the environment), so nothing secret is ever serialized.
 */
export class ClonedTrainingProvider implements pulumi.dynamic.ResourceProvider {
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
