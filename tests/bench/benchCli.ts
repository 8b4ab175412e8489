/** Section 5: a stack of clones through the real Pulumi CLI, beside the provider-host fleet of the same size. */
import * as path from "path";
import { TolokaEmulator } from "../../emulator";
import { expectSuccess, type PulumiRun } from "../e2e/PulumiRun";
import { PulumiWorkspace } from "../e2e/PulumiWorkspace";
import { builtPulumiVersion } from "../e2e/pulumiTools";
import type { Registered } from "../host/registerResources";
import type { BenchOptions } from "./BenchOptions";
import { runFleet, type FleetRun } from "./runFleet";

const PROJECT = "toloka-bench-cli";

export interface CliCommand {
  command: string;
  /** The CLI's whole run, start to exit: what the user waits for. */
  wallMs: number;
  /** From the command's first request to Toloka to its last. */
  requestSpanMs: number;
  requests: number;
}

export interface CliReport {
  cliVersion: string;
  resources: number;
  parallel: number;
  quota: string;
  operationMs: number;
  /** The clone phase's lower bound under the quota, and the archive phase's. */
  upLowerBoundMs: number;
  destroyLowerBoundMs: number;
  /** `pulumi preview` of the empty program, of the new stack (every resource to create), of the deployed stack. */
  previewEmpty: CliCommand;
  previewCreate: CliCommand;
  up: CliCommand;
  previewUnchanged: CliCommand;
  destroy: CliCommand;
  /** The provider-host fleet of the same size, quota and operations, in the same run. */
  host: FleetRun;
  duplicates: number;
  leftUnarchived: number;
}

/**
 * Runs the stack of `cliFleetSize` clones through `pulumi preview`, `up` and `destroy` against a
 * fresh emulator with the fleet's quota (window `cliQuotaWindowSeconds`) and operations, the
 * provider pacing itself to the quota; then the provider-host fleet of the same size and quota.
 */
export async function benchCli(options: BenchOptions, projectFolder: string, registered: readonly Registered[]): Promise<CliReport> {
  const cliVersion = builtPulumiVersion();
  if (!cliVersion) throw new Error("the Pulumi CLI is not built: run `npm run pulumi:build` first");
  const n = options.cliFleetSize;
  const windowSeconds = options.cliQuotaWindowSeconds;
  const emulator = await TolokaEmulator.start({
    operationDurationMs: options.fleetOperationMs,
    cloneQuota: { perMinute: options.cloneQuotaPerWindow, minuteWindowMs: windowSeconds * 1000, perDay: 1_000_000, dayWindowMs: 86_400_000, retryAfter: true },
  });
  let workspace: PulumiWorkspace | undefined;
  try {
    const project = emulator.addProject({ public_name: "Bench CLI fleet" });
    const source = emulator.addTraining({ project_id: project.id, private_name: "CLI fleet source" });
    workspace = PulumiWorkspace.create({ program: path.join(__dirname, "cliFleetProgram.ts"), projectName: PROJECT });
    await workspace.initStack(
      "bench",
      {
        "toloka:baseUrl": emulator.baseUrl,
        "toloka:cloneRateLimit": String(options.cloneQuotaPerWindow),
        "toloka:cloneRateWindowSeconds": String(windowSeconds),
        [`${PROJECT}:sourceTrainingId`]: source.id,
        [`${PROJECT}:count`]: "0",
      },
      { "toloka:apiKey": emulator.apiKey },
    );
    const ws = workspace;
    const timed = async (command: string, args: string[]): Promise<CliCommand> => {
      const first = emulator.requests.length;
      const run: PulumiRun = expectSuccess(await ws.run(args));
      const sent = emulator.requests.slice(first);
      const span = sent.length === 0 ? 0 : Math.max(...sent.map((r) => r.at)) - sent[0].at;
      return { command, wallMs: run.durationMs, requestSpanMs: span, requests: sent.length };
    };
    const parallel = ["--parallel", String(options.fleetConcurrency)];
    const previewEmpty = await timed("preview (empty program)", ["preview", "--non-interactive"]);
    expectSuccess(await ws.run(["config", "set", "count", String(n)]));
    const previewCreate = await timed(`preview (${n} to create)`, ["preview", "--non-interactive"]);
    const up = await timed(`up --parallel ${options.fleetConcurrency}`, ["up", "--yes", "--skip-preview", "--non-interactive", ...parallel]);
    const clones = emulator.trainings().filter((t) => t.id !== source.id);
    const recorded = new Set((await ws.resourcesOf("ClonedTraining")).map((r) => String(r.id)));
    const duplicates = clones.filter((t) => !recorded.has(t.id)).length + Math.max(0, recorded.size - n);
    const previewUnchanged = await timed(`preview (${n} unchanged)`, ["preview", "--non-interactive", "--expect-no-changes", ...parallel]);
    const destroy = await timed(`destroy --parallel ${options.fleetConcurrency}`, ["destroy", "--yes", "--skip-preview", "--non-interactive", ...parallel]);
    const leftUnarchived = emulator.trainings().filter((t) => t.id !== source.id && t.status !== "ARCHIVED").length;

    const host = await runFleet({ ...options, cloneQuotaWindowSeconds: windowSeconds }, projectFolder, registered.slice(0, n), "provider host, paced", {
      "toloka:cloneRateLimit": String(options.cloneQuotaPerWindow),
      "toloka:cloneRateWindowSeconds": String(windowSeconds),
      "toloka:timeScale": "1",
    });
    return {
      cliVersion,
      resources: n,
      parallel: options.fleetConcurrency,
      quota: `${options.cloneQuotaPerWindow} clones per ${windowSeconds} s (sliding)`,
      operationMs: options.fleetOperationMs,
      upLowerBoundMs: (Math.ceil(n / options.cloneQuotaPerWindow) - 1) * windowSeconds * 1000 + options.fleetOperationMs,
      destroyLowerBoundMs: Math.ceil(n / options.fleetConcurrency) * options.fleetOperationMs,
      previewEmpty,
      previewCreate,
      up,
      previewUnchanged,
      destroy,
      host,
      duplicates,
      leftUnarchived,
    };
  } finally {
    workspace?.dispose();
    await emulator.close();
  }
}
