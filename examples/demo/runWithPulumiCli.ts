import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { installPackedPackage, removeInstalledPackage } from "../../tests/host/installedPackage";
import { linkMainPool, type DemoWorld } from "./DemoWorld";

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
  const env = {
    ...process.env,
    PULUMI_BACKEND_URL: `file://${state}`,
    PULUMI_CONFIG_PASSPHRASE: "pulumi-toloka-demo",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    TOLOKA_API_KEY: "",
  };
  try {
    await runLifecycle(world, project, env);
  } finally {
    removeInstalledPackage(project);
  }
}

async function runLifecycle(world: DemoWorld, project: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Async: the emulator answers from this same process while the CLI runs.
  const pulumi = (...args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn("pulumi", args, { cwd: project, env, stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        process.stdout.write(d);
      });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`pulumi ${args[0]} exited with ${code}`))));
    });

  await pulumi("stack", "init", "demo");
  await pulumi("config", "set", "--secret", "toloka:apiKey", world.emulator.apiKey);
  await pulumi("config", "set", "toloka:baseUrl", world.emulator.baseUrl);
  await pulumi("config", "set", "sourceTrainingId", world.sourceTrainingId);
  console.log("\n1. pulumi up: clone, await, name the clone");
  await pulumi("up", "--yes", "--skip-preview");
  const id = (await pulumi("stack", "output", "trainingId")).trim();

  console.log("\n2. pulumi refresh");
  await pulumi("refresh", "--yes", "--skip-preview");

  console.log(`\n3. a main pool starts using training ${id}`);
  const pool = linkMainPool(world, id);

  console.log("\n4. pulumi destroy: refused while the linked pool is open");
  try {
    await pulumi("destroy", "--yes", "--skip-preview");
  } catch {
    console.log(`   refused as expected; training ${id} is still ${world.emulator.training(id)?.status}`);
  }

  console.log(`\n5. pool ${pool.id} archived`);
  world.emulator.setPoolStatus(pool.id, "ARCHIVED");

  console.log("\n6. pulumi destroy again");
  await pulumi("destroy", "--yes", "--skip-preview");
  await pulumi("stack", "rm", "--yes", "demo");
  console.log(`\nSummary: cloned training ${world.sourceTrainingId} as ${id}; delete refused while the pool was open; archived ${id}.`);
}
