import { PulumiWorkspace } from "../../tests/e2e/PulumiWorkspace";
import { installPackedPackage } from "../../tests/host/installedPackage";
import { cleanUpOnExit } from "./cleanUpOnExit";
import { expectSuccess } from "../../tests/e2e/PulumiRun";
import type { Deployment } from "./Deployment";
import type { DemoWorld } from "./DemoWorld";
import { runLifecycle } from "./lifecycle";

const PROJECT = "toloka-demo";

/**
 * The example stack with the real Pulumi CLI built by `npm run pulumi:build`, in a throwaway
 * world: its own PULUMI_HOME, a file backend and a passphrase in a temporary folder, so the
 * user's own login and stacks are never touched, and nothing is downloaded.
 */
export async function runWithPulumiCli(world: DemoWorld, version: string): Promise<void> {
  console.log(`Using the Pulumi CLI ${version} (built by npm run pulumi:build) with a throwaway local backend.`);
  console.log("Packing pulumi-toloka and installing it into a temporary Pulumi project (as a user would)…");
  const tarball = process.env.PULUMI_TOLOKA_TARBALL || undefined;
  const workspace = PulumiWorkspace.create({ projectName: PROJECT, install: () => installPackedPackage(tarball) });
  const dispose = cleanUpOnExit(() => workspace.dispose());
  try {
    await workspace.initStack(
      "demo",
      { "toloka:baseUrl": world.emulator.baseUrl, [`${PROJECT}:sourceTrainingId`]: world.sourceTrainingId, [`${PROJECT}:mainPoolId`]: world.mainPoolId },
      { "toloka:apiKey": world.emulator.apiKey },
    );
    await runLifecycle(world, cliDeployment(workspace));
    expectSuccess(await workspace.run(["stack", "rm", "--yes", "demo"]));
  } finally {
    dispose();
  }
}

function cliDeployment(workspace: PulumiWorkspace): Deployment {
  const pulumi = async (...args: string[]) => {
    const run = await workspace.run([...args, "--yes", "--skip-preview", "--non-interactive"], { onOutput: indented() });
    if (run.code !== 0) throw new Error(`pulumi ${args.join(" ")} exited with ${run.code ?? run.signal}`);
  };
  return {
    setConfig: async (key, value) => void expectSuccess(await workspace.run(["config", "set", key, value])),
    up: () => pulumi("up"),
    refresh: () => pulumi("refresh"),
    destroy: () => pulumi("destroy"),
    async state(name) {
      const { resources } = await workspace.state();
      return resources.find((r) => r.urn.endsWith(`::${name}`) && !r.delete)?.outputs;
    },
  };
}

/** Prints the CLI's output as it comes, indented under the demo's step. */
function indented(): (text: string) => void {
  let pending = "";
  return (text) => {
    const lines = (pending + text).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) process.stdout.write(`   | ${line}\n`);
  };
}
