import { redactCause, redactSecrets } from "../toloka/redact";
import { checkInputs, type CheckResult } from "./checkInputs";
import { createClonedTraining } from "./createClonedTraining";
import { deleteClonedTraining } from "./deleteClonedTraining";
import { diffClonedTraining, type DiffResult } from "./diffClonedTraining";
import { pickInputs } from "./inputs";
import { buildProviderContext, type RuntimeDeps } from "./buildProviderContext";
import type { ProviderContext } from "./ProviderContext";
import { readClonedTraining, type ReadResult } from "./readClonedTraining";
import { readRawSettings, SETTINGS } from "./settings";
import { updateClonedTraining } from "./updateClonedTraining";

/**
 * The provider as it runs in Pulumi's host: one per serialized provider text, so every resource
 * of a stack shares its client, clone limiter and registry of claimed clones.
 */
export class ProviderRuntime {
  private config: Partial<Record<string, string>> = {};
  private context?: ProviderContext;
  private secrets: string[] = [];

  constructor(private readonly deps: RuntimeDeps = {}) {}

  /** Records the stack config. Never throws: the host would keep a broken provider for the whole run. */
  configure(config: { get(key: string): string | undefined }): void {
    try {
      for (const source of Object.values(SETTINGS)) {
        const value = config.get(source.config);
        if (typeof value === "string") this.config[source.config] = value;
      }
      this.context = undefined;
    } catch {
      // A broken config object: settings errors surface at the first call that needs them.
    }
  }

  /** Validates inputs; needs no key and sends nothing. */
  check(_olds: Record<string, unknown>, news: Record<string, unknown>): CheckResult {
    return checkInputs(news);
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

  /** Builds the context on first need (settings are read then) and scrubs the key from any error. */
  private async guard<T>(step: (ctx: ProviderContext) => Promise<T>): Promise<T> {
    try {
      if (!this.context) {
        const raw = readRawSettings(this.config, this.deps.env ?? process.env);
        this.secrets = raw.apiKey ? [raw.apiKey.value] : [];
        this.context = buildProviderContext(raw, this.deps);
      }
      return await step(this.context);
    } catch (e) {
      throw scrub(e, this.secrets);
    }
  }
}

/** Removes the secrets from an error's message, stack and cause chain, keeping its class and fields. */
function scrub(error: unknown, secrets: string[]): unknown {
  if (secrets.length === 0 || error === null || typeof error !== "object") return error;
  const e = error as { message?: unknown; stack?: unknown; cause?: unknown };
  if (typeof e.message === "string") e.message = redactSecrets(e.message, secrets);
  if (typeof e.stack === "string") e.stack = redactSecrets(e.stack, secrets);
  if (e.cause !== undefined) e.cause = redactCause(e.cause, secrets);
  return error;
}

const runtimes = new WeakMap<object, ProviderRuntime>();

/** The runtime of one deserialized provider object, made on first use. */
export function providerRuntime(provider: object): ProviderRuntime {
  let runtime = runtimes.get(provider);
  if (!runtime) {
    runtime = new ProviderRuntime();
    runtimes.set(provider, runtime);
  }
  return runtime;
}
