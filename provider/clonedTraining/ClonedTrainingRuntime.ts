import { checkInputs } from "./checkInputs";
import type { CheckResult } from "../runtime/ProviderResults";
import { createClonedTraining } from "./createClonedTraining";
import { deleteClonedTraining } from "./deleteClonedTraining";
import { diffClonedTraining } from "./diffClonedTraining";
import type { DiffResult } from "../runtime/ProviderResults";
import { pickInputs } from "./inputs";
import { HOST_CONTEXTS } from "../runtime/ProviderContexts";
import { readClonedTraining } from "./readClonedTraining";
import type { ReadResult } from "../runtime/ProviderResults";
import { ResourceRuntime } from "../runtime/ResourceRuntime";
import { updateClonedTraining } from "./updateClonedTraining";

/**
 * ClonedTraining's provider as it runs in Pulumi's host: one per serialized provider text. Its
 * context comes from the host's shared pool (see ProviderContexts), so every resource of a stack,
 * TrainingRequirements included, shares one client, clone limiter and registry of claimed clones.
 */
export class ClonedTrainingRuntime extends ResourceRuntime {
  /** Validates inputs; needs no key and sends nothing. */
  check(olds: Record<string, unknown>, news: Record<string, unknown>): CheckResult {
    return checkInputs(news, olds, this.timeScale());
  }

  diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): DiffResult {
    return diffClonedTraining(olds, news);
  }

  async create(inputs: Record<string, unknown>): Promise<{ id: string; outs: Record<string, unknown> }> {
    return this.guard(async (ctx) => {
      const { id, outs } = await createClonedTraining(ctx, pickInputs(inputs), inputs.__provider);
      return { id, outs: { ...outs } };
    });
  }

  async read(id: string, props: Record<string, unknown>): Promise<ReadResult> {
    return this.guard((ctx) => readClonedTraining(ctx, id, props));
  }

  async update(id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<{ outs: Record<string, unknown> }> {
    return this.guard(async (ctx) => {
      const { outs } = await updateClonedTraining(ctx, id, olds, news);
      return { outs: { ...outs } };
    });
  }

  async delete(id: string, props: Record<string, unknown>): Promise<void> {
    return this.guard((ctx) => deleteClonedTraining(ctx, id, props));
  }
}

const runtimes = new WeakMap<object, ClonedTrainingRuntime>();

/** The runtime of one deserialized provider object, made on first use. */
export function providerRuntime(provider: object): ClonedTrainingRuntime {
  let runtime = runtimes.get(provider);
  if (!runtime) {
    runtime = new ClonedTrainingRuntime({}, HOST_CONTEXTS);
    runtimes.set(provider, runtime);
  }
  return runtime;
}
