import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { installPackedPackage, removeInstalledPackage } from "../../tests/host/installedPackage";
import type { Deployment } from "./Deployment";
import type { DemoWorld } from "./DemoWorld";
import { runLifecycle } from "./lifecycle";

const repoRoot = path.resolve(__dirname, "..", "..");

/**
 * The example stack with the real Pulumi CLI, in a throwaway local backend: state, stack and
 * passphrase live in a temporary folder, so the user's own login and stacks are never touched.
 */
export async function runWithPulumiCli(world: DemoWorld): Promise<void> {
  console.log("Using the Pulumi CLI with a throwaway local backend.");
  const project = installPackedPackage();
  for (const dep of ["typescript", "ts-node"]) {
    fs.symlinkSync(path.join(repoRoot, "node_modules", dep), path.join(project, "node_modules", dep), "dir");
  }
  fs.copyFileSync(path.join(repoRoot, "examples", "index.ts"), path.join(project, "index.ts"));
  fs.writeFileSync(path.join(project, "Pulumi.yaml"), "name: toloka-demo\nruntime: nodejs\n");
  const state = path.join(path.dirname(project), "state");
  fs.mkdirSync(state);
  const pulumi = pulumiIn(project, {
    ...process.env,
    PULUMI_BACKEND_URL: `file://${state}`,
    PULUMI_CONFIG_PASSPHRASE: "pulumi-toloka-demo",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    TOLOKA_API_KEY: "",
  });
  try {
    await pulumi("stack", "init", "demo");
    await pulumi("config", "set", "--secret", "toloka:apiKey", world.emulator.apiKey);
    await pulumi("config", "set", "toloka:baseUrl", world.emulator.baseUrl);
    await pulumi("config", "set", "sourceTrainingId", world.sourceTrainingId);
    await pulumi("config", "set", "mainPoolId", world.mainPoolId);
    await runLifecycle(world, cliDeployment(pulumi));
    await pulumi("stack", "rm", "--yes", "demo");
  } finally {
    removeInstalledPackage(project);
  }
}

type Pulumi = (...args: string[]) => Promise<string>;

function cliDeployment(pulumi: Pulumi): Deployment {
  return {
    setConfig: async (key, value) => void (await pulumi("config", "set", key, value)),
    up: async () => void (await pulumi("up", "--yes", "--skip-preview")),
    refresh: async () => void (await pulumi("refresh", "--yes", "--skip-preview")),
    destroy: async () => void (await pulumi("destroy", "--yes", "--skip-preview")),
    async state(name) {
      const exported = JSON.parse(await pulumi("stack", "export", "--quiet")) as {
        deployment?: { resources?: { urn: string; outputs?: Record<string, unknown> }[] };
      };
      return exported.deployment?.resources?.find((r) => r.urn.endsWith(`::${name}`))?.outputs;
    },
  };
}

/** Runs the CLI in `project`; async, because the emulator answers from this same process meanwhile. */
function pulumiIn(project: string, env: NodeJS.ProcessEnv): Pulumi {
  return (...args) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn("pulumi", args, { cwd: project, env, stdio: ["ignore", "pipe", "inherit"] });
      const quiet = args[0] === "stack" && args[1] === "export";
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (!quiet) process.stdout.write(d);
      });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`pulumi ${args.join(" ")} exited with ${code}`))));
    });
}
