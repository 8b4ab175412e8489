/**
 * Runs the emulator for offline development:
 *   npx ts-node --transpile-only tests/emulator/cli.ts [--port N] [--duration-ms N] [--archive-conflict 409|operation-fail]
 */
import type { EmulatorOptionsPatch } from "./EmulatorOptions";
import { TolokaEmulator } from "./TolokaEmulator";

const USAGE = "usage: cli.ts [--port N] [--duration-ms N] [--archive-conflict 409|operation-fail]";

export function parseCliArgs(argv: string[]): EmulatorOptionsPatch {
  const options: EmulatorOptionsPatch = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value; ${USAGE}`);
    switch (flag) {
      case "--port":
        options.port = integer(flag, value);
        break;
      case "--duration-ms":
        options.operationDurationMs = integer(flag, value);
        break;
      case "--archive-conflict":
        if (value !== "409" && value !== "operation-fail") throw new Error(`--archive-conflict must be 409 or operation-fail, got ${JSON.stringify(value)}`);
        options.archiveConflict = value;
        break;
      default:
        throw new Error(`unknown option ${JSON.stringify(flag)}; ${USAGE}`);
    }
  }
  return options;
}

function integer(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`${flag} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

async function main(): Promise<void> {
  const emulator = await TolokaEmulator.start(parseCliArgs(process.argv.slice(2)));
  const project = emulator.addProject({ public_name: "Product review sentiment" });
  const training = emulator.addTraining({
    project_id: project.id,
    private_name: "Sentiment training v1 (reviews, RU/EN)",
    public_instructions:
      "<p>Read the product review and choose its sentiment: <b>positive</b>, <b>neutral</b> or <b>negative</b>.</p>" +
      "<p>Judge the author's opinion of the product, not of the delivery.</p>",
    training_tasks_in_task_suite_count: 5,
    task_suites_required_to_pass: 2,
    metadata: { team: ["quality"], language: ["ru", "en"] },
  });
  const pool = emulator.addPool({ project_id: project.id, private_name: "Review sentiment, main pool" });
  const lines = [
    `Toloka emulator listening at ${emulator.baseUrl} (API under /api/v1)`,
    `API key:   ${emulator.apiKey}`,
    `project:   ${project.id}`,
    `training:  ${training.id} (${training.status}) "${training.private_name}"`,
    `main pool: ${pool.id} (${pool.status}), linked to no training`,
    "",
    "Point the provider at it:",
    `  export TOLOKA_BASE_URL=${emulator.baseUrl}`,
    `  export TOLOKA_API_KEY=${emulator.apiKey}`,
    "",
    "Ctrl-C to stop.",
  ];
  const stop = (signal: string): void => {
    process.stdout.write(`\n${signal}: closing the emulator\n`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`toloka emulator: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  });
}
