import { installPackedPackage, removeInstalledPackage } from "../../tests/host/installedPackage";
import { cleanEnv, ProviderHost } from "../../tests/host/ProviderHost";
import type { DemoWorld } from "./DemoWorld";
import { HostDeployment } from "./HostDeployment";
import { runLifecycle } from "./lifecycle";
import { cleanUpOnExit } from "./cleanUpOnExit";
import { registerExampleProgram, type StackNames } from "./registerExampleProgram";

const NAMES: StackNames = { project: "toloka-demo", stack: "demo" };

/** The example stack's lifecycle through Pulumi's real provider host, step by step. */
export async function runWithProviderHost(world: DemoWorld): Promise<void> {
  console.log("Packing pulumi-toloka and installing it into a temporary Pulumi project (as a user would)…");
  const project = installPackedPackage(process.env.PULUMI_TOLOKA_TARBALL || undefined);
  const removeProject = cleanUpOnExit(() => removeInstalledPackage(project));
  try {
    const host = await ProviderHost.start({ cwd: project, env: cleanEnv({ PULUMI_PROJECT: NAMES.project }), onOutput: providerLogPrinter() });
    try {
      console.log("Running examples/index.ts under Pulumi's mocks to get what it registers (inputs and serialized provider)…");
      const config = {
        [`${NAMES.project}:sourceTrainingId`]: world.sourceTrainingId,
        [`${NAMES.project}:mainPoolId`]: world.mainPoolId,
      };
      const program = registerExampleProgram(project, NAMES, config);
      console.log(`   it registers: ${program.map((r) => `${r.type.split(":").pop()} "${r.name}"`).join(", ")}`);
      await host.configure({ "toloka:apiKey": world.emulator.apiKey, "toloka:baseUrl": world.emulator.baseUrl });
      const register = (current: Record<string, string>) => registerExampleProgram(project, NAMES, current);
      await runLifecycle(world, new HostDeployment(host, NAMES, register, config));
    } finally {
      await host.stop();
    }
  } finally {
    removeProject();
  }
}

/** Prints the provider's own log lines as they come; the host's error dumps repeat what each step prints. */
function providerLogPrinter(): (text: string) => void {
  let pending = "";
  return (text) => {
    const lines = (pending + text).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("[toloka]")) process.stdout.write(`   | ${line}\n`);
  };
}
