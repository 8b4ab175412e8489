import { TolokaEmulator, type EmulatorOptionsPatch } from "../../emulator";
import { cleanEnv, ProviderHost, urnOf } from "./ProviderHost";
import { registerResources, type Registered, type ResourceKind } from "./registerResources";

/** The temporary Pulumi project with the packed package installed (made once per run by globalSetup). */
export function consumerProject(): string {
  const project = process.env.PULUMI_TOLOKA_CONSUMER;
  if (!project) throw new Error("PULUMI_TOLOKA_CONSUMER is not set: run the host tests through jest (globalSetup installs the package)");
  return project;
}

/** An emulator with a project and a source training, a provider host configured for it. */
export interface HostWorld {
  emulator: TolokaEmulator;
  host: ProviderHost;
  projectId: string;
  sourceId: string;
  /** A resource registered up front as a program would make it: its URN (with its type) and inputs, `args` over them. */
  declare(name: string, args: Record<string, unknown>): { urn: string; inputs: Record<string, unknown> };
  /** Check then Create, as the engine does for a new resource. */
  up(name: string, args: Record<string, unknown>): Promise<{ urn: string; id: string; state: Record<string, unknown>; inputs: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Every declaration is registered once, in one child process, up front: that is the slow part. */
export async function startHostWorld(options: {
  /** ClonedTrainings (their `sourceTrainingId` defaults to the seeded source) unless `kind` says otherwise. */
  resources: { name: string; kind?: ResourceKind; args?: Record<string, unknown> }[];
  emulator?: EmulatorOptionsPatch;
  config?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}): Promise<HostWorld> {
  // The client's waits run at 1/100 (toloka:timeScale), so the quota window is 1/100 of a minute too.
  // The per-second request limit cannot shrink with them: tests/toloka/requestRate.test.ts covers it at real time.
  const emulator = await TolokaEmulator.start({
    operationDurationMs: 120,
    requestsPerSecond: 100_000,
    cloneQuota: { perMinute: 20, perDay: 100_000, minuteWindowMs: 600, dayWindowMs: 86_400_000, retryAfter: true },
    ...options.emulator,
  });
  const project = emulator.addProject({ public_name: "Moderation" });
  const source = emulator.addTraining({
    project_id: project.id,
    private_name: "Exam (template)",
    public_instructions: "Say whether each image is safe.",
    retry_training_after_days: 3,
  });
  const registered = new Map<string, Registered>();
  for (const r of registerResources(
    consumerProject(),
    options.resources.map((r) =>
      r.kind === undefined || r.kind === "ClonedTraining"
        ? { name: r.name, args: { sourceTrainingId: source.id, ...r.args } }
        : { name: r.name, kind: r.kind, args: r.args ?? {} },
    ),
  )) {
    registered.set(r.name, r);
  }
  const host = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv(options.env) });
  await host.configure({
    "toloka:apiKey": emulator.apiKey,
    "toloka:baseUrl": emulator.baseUrl,
    "toloka:timeScale": "0.01",
    "toloka:requestTimeoutSeconds": "2",
    ...options.config,
  });
  const declare = (name: string, args: Record<string, unknown>) => {
    const r = registered.get(name);
    if (!r) throw new Error(`resource ${name} was not registered up front`);
    const inputs = { ...r.inputs, ...args };
    return { urn: urnOf(name, r.type), inputs };
  };
  return {
    emulator,
    host,
    projectId: project.id,
    sourceId: source.id,
    declare,
    async up(name, args) {
      const { urn, inputs } = declare(name, args);
      const checked = await host.check(urn, {}, inputs);
      if (checked.failures.length > 0) throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
      const created = await host.create(urn, checked.inputs);
      return { urn, id: created.id, state: created.properties, inputs: checked.inputs };
    },
    async stop() {
      await host.stop();
      await emulator.close();
    },
  };
}
