/** One fleet run: N clones then N archives through Pulumi's provider host, against an emulator enforcing the clone quota. */
import type { Registered } from "../host/registerResources";
import { TolokaEmulator } from "../../emulator";
import { cleanEnv, ProviderHost } from "../host/ProviderHost";
import type { BenchOptions } from "./BenchOptions";
import { benchUrn } from "./consumerProject";
import { mapWithConcurrency } from "./mapWithConcurrency";

export interface FleetPhase {
  phase: "clone" | "archive";
  resources: number;
  /** From the first call sent to the last one answered. */
  wallMs: number;
  lowerBoundMs: number;
  /** 429 answers drawn in the phase, and how many of them answered a clone. */
  total429: number;
  clones429: number;
  /** HTTP requests the emulator received in the phase, all routes. */
  requests: number;
  /** POST /trainings/{id}/clone (clone phase) or /archive (archive phase) requests. */
  actionPosts: number;
  /** GET /pools requests (the archive rule's linked-pool check). */
  poolLists: number;
  failures: number;
  /** The first few distinct failure messages. */
  failureMessages: string[];
  /**
   * Clone phase: clones no resource recorded, or recorded by two. Archive phase: archive
   * operations beyond one per resource.
   */
  duplicates: number;
}

export interface FleetRun {
  label: string;
  /** The provider's stack config, API key left out. */
  settings: Record<string, string>;
  phases: FleetPhase[];
}

/**
 * Idle time between the clone and the archive phase: `pulumi up` and `pulumi destroy` are
 * separate commands, so the emulator's 1 s request-rate window empties in between.
 */
const PHASE_GAP_MS = 1_500;

interface Created {
  urn: string;
  id: string;
  state: Record<string, unknown>;
}

/**
 * Starts an emulator (operations of `fleetOperationMs`, a sliding clone quota of
 * `cloneQuotaPerWindow` per `cloneQuotaWindowSeconds`) and a provider host from `projectFolder`
 * configured with `settings`; creates every resource of `registered` (Check then Create, at most
 * `fleetConcurrency` in flight), then deletes them the same way. The emulator keeps Toloka's
 * request-rate limit (300 a second). `seed` adds to the source's project before anything runs.
 */
export async function runFleet(
  options: BenchOptions,
  projectFolder: string,
  registered: readonly Registered[],
  label: string,
  settings: Record<string, string>,
  seed: (emulator: TolokaEmulator, projectId: string) => void = () => undefined,
): Promise<FleetRun> {
  const emulator = await TolokaEmulator.start({
    operationDurationMs: options.fleetOperationMs,
    cloneQuota: {
      perMinute: options.cloneQuotaPerWindow,
      minuteWindowMs: options.cloneQuotaWindowSeconds * 1000,
      perDay: 1_000_000,
      dayWindowMs: 86_400_000,
      retryAfter: true,
    },
  });
  let host: ProviderHost | undefined;
  try {
    const project = emulator.addProject({ public_name: "Bench fleet" });
    const source = emulator.addTraining({ project_id: project.id, private_name: "Fleet source", public_instructions: "Label the images." });
    seed(emulator, project.id);
    host = await ProviderHost.start({ cwd: projectFolder, env: cleanEnv() });
    await host.configure({ "toloka:apiKey": emulator.apiKey, "toloka:baseUrl": emulator.baseUrl, ...settings });
    const h = host;
    const n = registered.length;
    const opMs = options.fleetOperationMs;

    const cloning = await measurePhase(emulator, "clone", n, () =>
      mapWithConcurrency(registered, options.fleetConcurrency, (r) =>
        asValue(async (): Promise<Created> => {
          const urn = benchUrn(r.name);
          const checked = await h.check(urn, {}, { ...r.inputs, sourceTrainingId: source.id });
          if (checked.failures.length > 0) throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
          const created = await h.create(urn, checked.inputs);
          return { urn, id: created.id, state: created.properties };
        }),
      ),
    );
    const created = cloning.results.filter((r): r is Created => !(r instanceof Error));
    const recorded = new Set(created.map((c) => c.id));
    const clones = emulator.trainings().filter((t) => t.id !== source.id);
    cloning.phase.lowerBoundMs = (Math.ceil(n / options.cloneQuotaPerWindow) - 1) * options.cloneQuotaWindowSeconds * 1000 + opMs;
    cloning.phase.duplicates = clones.filter((t) => !recorded.has(t.id)).length + (created.length - recorded.size);

    await new Promise((resolve) => setTimeout(resolve, PHASE_GAP_MS));
    const archiving = await measurePhase(emulator, "archive", created.length, () =>
      mapWithConcurrency(created, options.fleetConcurrency, (c) =>
        asValue(async () => {
          await h.delete(c.urn, c.id, c.state);
          const status = emulator.training(c.id)?.status;
          if (status !== "ARCHIVED") throw new Error(`training ${c.id} is ${String(status)} after Delete`);
        }),
      ),
    );
    archiving.phase.lowerBoundMs = Math.ceil(created.length / options.fleetConcurrency) * opMs;
    const archives = emulator.operations().filter((o) => o.type === "TRAINING.ARCHIVE");
    archiving.phase.duplicates = archives.length - new Set(archives.map((o) => String(o.parameters?.training_id))).size;

    const { ["toloka:apiKey"]: _key, ...shown } = settings;
    return { label, settings: shown, phases: [cloning.phase, archiving.phase] };
  } finally {
    await host?.stop();
    await emulator.close();
  }
}

/** A failed call as a value: one failure must not stop the others, as in `pulumi up`. */
function asValue<T>(call: () => Promise<T>): Promise<T | Error> {
  return call().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
}

/** Runs one phase and counts what the emulator saw meanwhile; the caller fills in the bound and duplicates. */
async function measurePhase<T>(
  emulator: TolokaEmulator,
  phase: FleetPhase["phase"],
  resources: number,
  run: () => Promise<(T | Error)[]>,
): Promise<{ phase: FleetPhase; results: (T | Error)[] }> {
  const before = emulator.stats();
  const firstRequest = emulator.requests.length;
  const started = Date.now();
  const settled = await run();
  const wallMs = Date.now() - started;
  const after = emulator.stats();
  const requests = emulator.requests.slice(firstRequest);
  const action = phase === "clone" ? "trainings.clone" : "trainings.archive";
  const failures = settled.filter((r): r is Error => r instanceof Error);
  return {
    results: settled,
    phase: {
      phase,
      resources,
      wallMs,
      lowerBoundMs: NaN,
      total429: after.total429 - before.total429,
      clones429: after.clones429 - before.clones429,
      requests: requests.length,
      actionPosts: requests.filter((r) => r.route === action).length,
      poolLists: requests.filter((r) => r.route === "pools.list").length,
      failures: failures.length,
      failureMessages: [...new Set(failures.map((e) => e.message.split("\n")[0].slice(0, 200)))].slice(0, 3),
      duplicates: 0,
    },
  };
}
