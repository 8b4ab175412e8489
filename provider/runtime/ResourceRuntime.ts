import { redactCause, redactSecrets } from "../toloka/redact";
import type { RuntimeDeps } from "./buildProviderContext";
import type { ProviderContext } from "./ProviderContext";
import { ProviderContexts } from "./ProviderContexts";
import { readRawSettings, SETTINGS } from "./settings";

/**
 * What every resource's runtime shares: the `toloka:` settings recorded by `configure`, the
 * context built from them on first need (from a pool shared with the other resources' runtimes),
 * and the scrubbing of the API key from every error. Each resource adds its own steps.
 */
export class ResourceRuntime {
  private config: Partial<Record<string, string>> = {};
  private context?: ProviderContext;
  private secrets: string[] = [];

  /** Without `contexts`, the runtime has a pool of its own (tests inject their deps this way). */
  constructor(
    protected readonly deps: RuntimeDeps = {},
    private readonly contexts: ProviderContexts = new ProviderContexts(deps),
  ) {}

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

  /** `toloka:timeScale` (tests only), or 1 when unset or not a positive number; needs no key. */
  protected timeScale(): number {
    const value = Number(readRawSettings(this.config, this.deps.env ?? process.env).timeScale?.value ?? 1);
    return Number.isFinite(value) && value > 0 ? value : 1;
  }

  /** Builds the context on first need (settings are read then) and scrubs the key from any error. */
  protected async guard<T>(step: (ctx: ProviderContext) => Promise<T>): Promise<T> {
    try {
      if (!this.context) {
        const raw = readRawSettings(this.config, this.deps.env ?? process.env);
        this.secrets = raw.apiKey ? [raw.apiKey.value] : [];
        this.context = this.contexts.contextFor(raw);
      }
      const context = this.context;
      return await context.work.step(() => step(context));
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
