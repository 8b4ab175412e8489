import { createHash } from "crypto";
import { buildProviderContext, type RuntimeDeps } from "./buildProviderContext";
import { HostStop } from "./HostStop";
import type { ProviderContext } from "./ProviderContext";
import type { RawSettings } from "./settings";

/**
 * Provider contexts by settings. Pulumi's Node host deserializes each distinct provider text
 * once and calls its `configure` separately (ClonedTraining's and TrainingRequirement's, and an
 * older package version's text still stored in the state), always with the same stack config.
 * Every runtime that draws on one pool with the same settings gets the same context, so the
 * whole run has one client, one clone limiter, one waiter history and one registry of claimed
 * clones. The key is a hash of the settings, so the API key is not kept as a map key.
 */
export class ProviderContexts {
  private readonly bySettings = new Map<string, ProviderContext>();

  constructor(
    private readonly deps: RuntimeDeps = {},
    private readonly stop?: HostStop,
  ) {}

  /** The context for these settings, built on first need. Throws on bad settings. */
  contextFor(raw: RawSettings): ProviderContext {
    const key = createHash("sha256").update(JSON.stringify(Object.entries(raw).map(([name, s]) => [name, s?.value]))).digest("hex");
    let context = this.bySettings.get(key);
    if (!context) {
      context = buildProviderContext(raw, this.deps);
      this.bySettings.set(key, context);
      this.stop?.register(context);
    }
    return context;
  }
}

/** The one pool of the provider host process: what `providerRuntime` and `trainingRequirementRuntime` share. */
export const HOST_CONTEXTS = new ProviderContexts(
  {},
  new HostStop(process, {
    exit: (code) => process.exit(code),
    setTimeout: (run, ms) => void setTimeout(run, ms),
  }),
);
