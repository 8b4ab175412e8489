import type { ProviderContext } from "./ProviderContext";
import { ProviderStoppingError } from "./ProviderStoppingError";

/**
 * How long the host keeps going after SIGINT or SIGTERM. The engine interrupts a plugin's process
 * group with SIGINT when `pulumi up` gets a second Ctrl-C, and kills it 5 s later (pulumi/pulumi
 * sdk/go/common/resource/plugin/plugin.go, newPlugin's kill): steps whose clone has finished get
 * this long to write their marker.
 */
export const STOP_GRACE_MS = 4_000;

const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

export interface HostStopDeps {
  exit(code: number): void;
  /** A real timer: the grace is real time whatever clock the contexts use. */
  setTimeout(run: () => void, ms: number): void;
}

/** The provider host's answer to SIGINT and SIGTERM: start no new clone, report, finish briefly, exit. */
export class HostStop {
  private readonly contexts = new Set<ProviderContext>();
  private installed = false;
  private stopping = false;

  constructor(
    private readonly process: Pick<NodeJS.Process, "once">,
    private readonly deps: HostStopDeps,
  ) {}

  /** Watches a context; the signal handlers are installed with the first one, so only the host has them. */
  register(context: ProviderContext): void {
    this.contexts.add(context);
    if (this.installed) return;
    this.installed = true;
    for (const signal of ["SIGINT", "SIGTERM"] as const) this.process.once(signal, () => void this.stop(signal));
  }

  async stop(signal: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const error = new ProviderStoppingError(signal);
    for (const context of this.contexts) {
      context.client.stopCloning(error);
      const running = context.work.runningOperations();
      const line =
        running.length === 0
          ? `stopping on ${signal}: no new clone is started; no Toloka operation is running`
          : `stopping on ${signal}: no new clone is started; left running in Toloka: ` +
            running.map((r) => `operation ${r.operationId} (${r.subject})`).join(", ") +
            ". The next `pulumi up` takes the trainings these clones make";
      context.log(line);
    }
    const grace = new Promise<void>((resolve) => this.deps.setTimeout(resolve, STOP_GRACE_MS));
    await Promise.race([Promise.all([...this.contexts].map((c) => c.work.idle())), grace]);
    this.deps.exit(EXIT_CODES[signal] ?? 1);
  }
}
