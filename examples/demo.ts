/**
 * `npm run demo`: the example stack's whole lifecycle against the embedded Toloka emulator.
 * With the Pulumi CLI built (`npm run pulumi:build`) it runs real `pulumi up` / `refresh` /
 * `destroy` in a throwaway local backend; otherwise, or with `--provider-host`, it drives
 * Pulumi's own provider host over gRPC, as `pulumi up` does.
 */
import { TolokaEmulator } from "../emulator";
import { builtPulumiVersion } from "../tests/e2e/pulumiTools";
import { isStopping, stopOnSignalsAndClosedOutput } from "./demo/cleanUpOnExit";
import { DEMO_USAGE, parseDemoArgs, type DemoArgs } from "./demo/demoArgs";
import { useOwnTempDir } from "./demo/demoTempDir";
import { runWithPulumiCli } from "./demo/runWithPulumiCli";
import { runWithProviderHost } from "./demo/runWithProviderHost";
import type { DemoWorld } from "./demo/DemoWorld";

async function main(): Promise<number> {
  let args: DemoArgs;
  try {
    args = parseDemoArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  if (args.help) {
    console.log(DEMO_USAGE);
    return 0;
  }
  stopOnSignalsAndClosedOutput();
  const removeTempDir = useOwnTempDir();
  try {
    return await runDemo(args);
  } finally {
    removeTempDir();
  }
}

async function runDemo(args: DemoArgs): Promise<number> {
  const emulator = await TolokaEmulator.start({ operationDurationMs: 1500, progressModel: "linear" });
  const project = emulator.addProject({ public_name: "Image moderation" });
  const source = emulator.addTraining({
    project_id: project.id,
    private_name: "Exam training (template)",
    public_instructions: "Look at each image and say whether it is safe.",
    retry_training_after_days: 3,
  });
  const nextSource = emulator.addTraining({
    project_id: project.id,
    private_name: "Exam training (template v2)",
    public_instructions: "Look at each image and say whether it is safe; mark ads too.",
    retry_training_after_days: 3,
  });
  const mainPool = emulator.addPool({ project_id: project.id, private_name: "Image moderation (main pool)", status: "OPEN" });
  const world: DemoWorld = {
    emulator,
    projectId: project.id,
    sourceTrainingId: source.id,
    nextSourceTrainingId: nextSource.id,
    mainPoolId: mainPool.id,
  };
  console.log(
    `Toloka emulator at ${emulator.baseUrl}: project ${project.id}, source trainings ${source.id} and ${nextSource.id}, ` +
      `main pool ${mainPool.id} (OPEN, no training required yet).`,
  );
  try {
    const version = builtPulumiVersion();
    if (version && !args.providerHost) await runWithPulumiCli(world, version);
    else {
      const why = version ? "--provider-host" : "The Pulumi CLI is not built (npm run pulumi:build builds it)";
      console.log(`${why}: driving Pulumi's provider host over gRPC, as \`pulumi up\` would.\n`);
      await runWithProviderHost(world);
    }
  } finally {
    await emulator.close();
  }
  return 0;
}

// Once a signal or a closed output stopped the demo, its handler exits, after the clean-up.
main().then(
  (code) => {
    if (!isStopping()) process.exit(code);
  },
  (e) => {
    if (isStopping()) return;
    console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
