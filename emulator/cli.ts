#!/usr/bin/env node
/**
 * Runs the emulator for offline development, in this one process (so the pid it prints is the
 * one to stop). Installed as the package's bin `pulumi-toloka-emulator`; in a checkout,
 * `npm run emulator -- [options]`.
 */
import type { EmulatorOptionsPatch } from "./EmulatorOptions";
import { TolokaEmulator } from "./TolokaEmulator";

export const USAGE = `usage: pulumi-toloka-emulator [options]
       (in a checkout of pulumi-toloka: npm run emulator -- [options])

Starts the Toloka API emulator, seeded with a project, a training pool and a main pool, and
prints its base URL, API key and process id. Stop it with Ctrl-C, or with kill <the printed pid>.

options:
  --port N                                 listen on port N (default: any free port)
  --duration-ms N                          how long each operation runs, in milliseconds
  --archive-conflict 409|operation-fail    how an archive that breaks Toloka's rule fails
  --help, -h                               print this and exit`;

/** True when the arguments ask for the usage (anywhere among them). */
export function wantsHelp(argv: string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}

export function parseCliArgs(argv: string[]): EmulatorOptionsPatch {
  const options: EmulatorOptionsPatch = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (!["--port", "--duration-ms", "--archive-conflict"].includes(flag)) throw new Error(`unknown option ${JSON.stringify(flag)}\n${USAGE}`);
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    switch (flag) {
      case "--port":
        options.port = integer(flag, value);
        break;
      case "--duration-ms":
        options.operationDurationMs = integer(flag, value);
        break;
      default:
        if (value !== "409" && value !== "operation-fail") throw new Error(`--archive-conflict must be 409 or operation-fail, got ${JSON.stringify(value)}`);
        options.archiveConflict = value;
    }
  }
  return options;
}

function integer(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`${flag} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const emulator = await TolokaEmulator.start(parseCliArgs(argv));
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
    "Talk to it:",
    `  curl -H "Authorization: ApiKey ${emulator.apiKey}" ${emulator.baseUrl}/api/v1/trainings/${training.id}`,
    "",
    `pid ${process.pid}: stop it with Ctrl-C or kill ${process.pid}.`,
  ];
  const stop = (reason: string): void => {
    process.stdout.write(`\n${reason}: closing the emulator\n`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  // `npm run emulator &` then `kill <npm's pid>`: npm's shell dies without passing the signal on,
  // and this process is re-parented. Stop then, instead of holding the port with no owner.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop("the process that started the emulator is gone");
  }, 500).unref();
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`toloka emulator: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  });
}
