import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { installPackedPackage, removeInstalledPackage } from "../host/installedPackage";
import { pulumiBinDir } from "./pulumiTools";
import { expectSuccess, type PulumiRun } from "./PulumiRun";

const repoRoot = path.resolve(__dirname, "..", "..");

/** One resource of `pulumi stack export`. */
export interface StateResource {
  urn: string;
  type: string;
  id?: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  delete?: boolean;
  pendingReplacement?: boolean;
}

/** `pulumi stack export`'s deployment: the resources and the operations still pending. */
export interface StateSnapshot {
  resources: StateResource[];
  pendingOperations: { resource: StateResource; type: string }[];
}

/** A `pulumi` command started in the background, for the tests that interrupt it. */
export interface RunningPulumi {
  child: ChildProcess;
  /** What it printed so far. */
  output(): string;
  result: Promise<PulumiRun>;
}

/** The name Pulumi.yaml gives the e2e project: the namespace of its own config keys. */
export const E2E_PROJECT = "toloka-e2e";

/**
 * A throwaway Pulumi world for the real CLI: the packed package installed into a new project
 * holding the example program, its own PULUMI_HOME and file backend, a passphrase, and a PATH
 * whose first folder holds the CLI, the language host and the dynamic provider plugin. Nothing
 * is downloaded (PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION, PULUMI_SKIP_UPDATE_CHECK) and the
 * user's own login and stacks are never touched. The API key and every TOLOKA_* variable of the
 * machine are kept out of the CLI's environment.
 */
export class PulumiWorkspace {
  private constructor(
    /** The Pulumi project folder (Pulumi.yaml, index.ts, node_modules). */
    readonly project: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Makes the world; `install` puts the package into the project (default: the packed checkout). */
  static create(options: { install?: () => string; program?: string; projectName?: string } = {}): PulumiWorkspace {
    const bin = pulumiBinDir();
    const project = (options.install ?? installPackedPackage)();
    const root = path.dirname(project);
    for (const dep of ["typescript", "ts-node"]) {
      const link = path.join(project, "node_modules", dep);
      if (!fs.existsSync(link)) fs.symlinkSync(path.join(repoRoot, "node_modules", dep), link, "dir");
    }
    fs.copyFileSync(options.program ?? path.join(repoRoot, "examples", "index.ts"), path.join(project, "index.ts"));
    fs.writeFileSync(path.join(project, "Pulumi.yaml"), `name: ${options.projectName ?? E2E_PROJECT}\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n`);
    const home = path.join(root, "pulumi-home");
    const state = path.join(root, "state");
    fs.mkdirSync(home, { recursive: true });
    fs.mkdirSync(state, { recursive: true });
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("TOLOKA_") && !key.startsWith("PULUMI_")) env[key] = value;
    Object.assign(env, {
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
      PULUMI_HOME: home,
      PULUMI_BACKEND_URL: `file://${state}`,
      PULUMI_CONFIG_PASSPHRASE: "pulumi-toloka-e2e",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PULUMI_IGNORE_AMBIENT_PLUGINS: "true",
      // The example is type-checked by `npm test`; here it only runs.
      PULUMI_NODEJS_TRANSPILE_ONLY: "true",
      // Output without colour codes, so it can be matched (sdk/go/common/util/cmdutil/diag.go);
      // --non-interactive, passed by the callers, drops the progress redraws.
      NO_COLOR: "1",
    });
    return new PulumiWorkspace(project, env);
  }

  /** Runs `pulumi <args>` in the project to its end. Async: the emulator answers from this process meanwhile. */
  run(args: string[], options: { onOutput?: (text: string) => void } = {}): Promise<PulumiRun> {
    return this.start(args, options).result;
  }

  /** Starts `pulumi <args>` and returns at once; the tests that signal it use this. */
  start(args: string[], options: { onOutput?: (text: string) => void } = {}): RunningPulumi {
    const started = Date.now();
    const child = spawn(path.join(pulumiBinDir(), "pulumi"), args, { cwd: this.project, env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout!.on("data", (d: Buffer) => {
      stdout += d.toString();
      output += d.toString();
      options.onOutput?.(d.toString());
    });
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
      output += d.toString();
      options.onOutput?.(d.toString());
    });
    const result = new Promise<PulumiRun>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code, signal) => resolve({ args, code, signal, stdout, stderr, output, durationMs: Date.now() - started }));
    });
    return { child, output: () => output, result };
  }

  /** `pulumi stack init`, then each config value (`secrets` with --secret). */
  async initStack(stack: string, config: Record<string, string>, secrets: Record<string, string> = {}): Promise<void> {
    await this.must(["stack", "init", stack, "--non-interactive"]);
    for (const [key, value] of Object.entries(config)) await this.must(["config", "set", key, value]);
    for (const [key, value] of Object.entries(secrets)) await this.must(["config", "set", "--secret", key, value]);
  }

  /** The state as `pulumi stack export` shows it (secrets stay encrypted). */
  async state(): Promise<StateSnapshot> {
    const run = await this.must(["stack", "export"]);
    const exported = JSON.parse(run.stdout) as { deployment?: { resources?: StateResource[]; pending_operations?: StateSnapshot["pendingOperations"] } };
    return { resources: exported.deployment?.resources ?? [], pendingOperations: exported.deployment?.pending_operations ?? [] };
  }

  /** The resources of one type (the dynamic type's last segment, e.g. "ClonedTraining"), pending deletions included. */
  async resourcesOf(kind: "ClonedTraining" | "TrainingRequirement"): Promise<StateResource[]> {
    return (await this.state()).resources.filter((r) => r.type === `pulumi-nodejs:dynamic/toloka:${kind}`);
  }

  /** Removes the project, the home and the state. */
  dispose(): void {
    removeInstalledPackage(this.project);
  }

  private async must(args: string[]): Promise<PulumiRun> {
    return expectSuccess(await this.run(args));
  }
}
