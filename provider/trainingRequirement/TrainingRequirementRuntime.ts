import type { CheckResult } from "../runtime/ProviderResults";
import type { DiffResult } from "../runtime/ProviderResults";
import { HOST_CONTEXTS } from "../runtime/ProviderContexts";
import type { ReadResult } from "../runtime/ProviderResults";
import { ResourceRuntime } from "../runtime/ResourceRuntime";
import { checkRequirementInputs } from "./checkRequirementInputs";
import { createTrainingRequirement } from "./createTrainingRequirement";
import { deleteTrainingRequirement } from "./deleteTrainingRequirement";
import { diffTrainingRequirement } from "./diffTrainingRequirement";
import { pickRequirementInputs } from "./inputs";
import { readTrainingRequirement } from "./readTrainingRequirement";
import { updateTrainingRequirement } from "./updateTrainingRequirement";

/**
 * TrainingRequirement's provider as it runs in Pulumi's host. Its settings, client, pacing and
 * waiter are ClonedTraining's: the context comes from the host's shared pool (ProviderContexts).
 */
export class TrainingRequirementRuntime extends ResourceRuntime {
  /** Validates inputs; needs no key and sends nothing. */
  check(_olds: Record<string, unknown>, news: Record<string, unknown>): CheckResult {
    return checkRequirementInputs(news, this.timeScale());
  }

  diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): DiffResult {
    return diffTrainingRequirement(olds, news);
  }

  async create(inputs: Record<string, unknown>): Promise<{ id: string; outs: Record<string, unknown> }> {
    return this.guard(async (ctx) => {
      const { id, outs } = await createTrainingRequirement(ctx, pickRequirementInputs(inputs), inputs.__provider);
      return { id, outs: { ...outs } };
    });
  }

  async read(id: string, props: Record<string, unknown>): Promise<ReadResult> {
    return this.guard((ctx) => readTrainingRequirement(ctx, id, props));
  }

  async update(id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<{ outs: Record<string, unknown> }> {
    return this.guard(async (ctx) => {
      const { outs } = await updateTrainingRequirement(ctx, id, olds, news);
      return { outs: { ...outs } };
    });
  }

  async delete(id: string, props: Record<string, unknown>): Promise<void> {
    return this.guard((ctx) => deleteTrainingRequirement(ctx, id, props));
  }
}

const runtimes = new WeakMap<object, TrainingRequirementRuntime>();

/**
 * The runtime of one deserialized TrainingRequirementProvider, made on first use. Part of the
 * stored-code contract, like `providerRuntime`: stored code calls it through the package's main entry.
 */
export function trainingRequirementRuntime(provider: object): TrainingRequirementRuntime {
  let runtime = runtimes.get(provider);
  if (!runtime) {
    runtime = new TrainingRequirementRuntime({}, HOST_CONTEXTS);
    runtimes.set(provider, runtime);
  }
  return runtime;
}
