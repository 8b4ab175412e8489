/**
 * `npm run test:contract`: the contract cases against real Toloka, when TOLOKA_API_KEY and
 * TOLOKA_CONTRACT_SOURCE_TRAINING_ID are set (TOLOKA_ENVIRONMENT or TOLOKA_BASE_URL pick the
 * service; the sandbox is recommended). Without a key it says why and exits 0: the same cases run
 * against the emulator inside `npm test`; a key without the source training exits 2, naming it.
 * `-- --emulator` runs them against a fresh emulator here; `-- --help` prints the usage.
 * Exit code: 0 when every case passed or was skipped and cleanup left nothing; 1 otherwise; 2 for
 * a configuration error.
 */
import { resolveEndpoint } from "../../provider/toloka/endpoint";
import { isTolokaId } from "../../provider/toloka/ids";
import { redactSecrets } from "../../provider/toloka/redact";
import { TolokaEmulator } from "../../emulator";
import { ContractTarget, contractPoolName, type ContractTargetSettings } from "./ContractTarget";
import { runContractSuite, type ContractRunReport } from "./runContractSuite";
import { seedContractEmulator } from "./seedContractEmulator";

/** What a run against Toloka needs besides the key. */
const REQUIRED_WITH_KEY = ["TOLOKA_CONTRACT_SOURCE_TRAINING_ID"] as const;

export const CONTRACT_USAGE = `usage: npm run test:contract -- [options]

Runs the contract cases (tests/contract/cases/) against real Toloka: they check what the emulator
and the provider's HTTP client assume of the API. A run clones the source training at most 5 times
and creates one main pool (never opened), and archives everything it created at the end; it
spends no money. See docs/contract-suite.md.

environment:
  TOLOKA_API_KEY                       the account's API key (never printed). Unset: the suite is
                                       skipped, exit 0; set without the next one: exit 2
  TOLOKA_CONTRACT_SOURCE_TRAINING_ID   a training pool of that account to read and clone (digits)
  TOLOKA_ENVIRONMENT                   production (default) or sandbox
  TOLOKA_BASE_URL                      another endpoint instead, e.g. https://toloka.dev

options:
  --emulator    run the cases against a fresh emulator instead (no key needed)
  --help, -h    print this and exit

Exit code: 0 when every case passed or was skipped and cleanup left nothing; 1 otherwise; 2 for a
configuration error.`;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(CONTRACT_USAGE);
    return 0;
  }
  const unknown = argv.filter((arg) => arg !== "--emulator");
  if (unknown.length > 0) {
    console.error(`unknown option ${JSON.stringify(unknown[0])}\n${CONTRACT_USAGE}`);
    return 2;
  }
  if (argv.includes("--emulator")) return againstEmulator();
  const env = process.env;
  // No key at all is the one skip (a fork's CI without the secret); a key without the rest is a
  // configuration mistake, and must not pass green.
  if (!env.TOLOKA_API_KEY) {
    console.log(
      "Contract suite against real Toloka: skipped, because TOLOKA_API_KEY is not set.\n" +
        "The same cases run against the emulator inside `npm test` (tests/contract/contract.test.ts); " +
        "`npm run test:contract -- --emulator` shows them here. To run them against Toloka, see docs/contract-suite.md.",
    );
    return 0;
  }
  const missing = REQUIRED_WITH_KEY.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    console.error(
      `Contract suite against real Toloka: TOLOKA_API_KEY is set, but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not: ` +
        "set it (a training pool of that account to read and clone, e.g. TOLOKA_CONTRACT_SOURCE_TRAINING_ID=123456), " +
        "or unset TOLOKA_API_KEY to skip the suite. See `npm run test:contract -- --help`.",
    );
    return 2;
  }
  const apiKey = env.TOLOKA_API_KEY;
  const sourceTrainingId = (env.TOLOKA_CONTRACT_SOURCE_TRAINING_ID as string).trim();
  if (!isTolokaId(sourceTrainingId)) {
    console.error(`TOLOKA_CONTRACT_SOURCE_TRAINING_ID must be a training pool id (digits), got ${JSON.stringify(sourceTrainingId)}.`);
    return 2;
  }
  let baseUrl: string;
  try {
    baseUrl = resolveEndpoint({ environment: env.TOLOKA_ENVIRONMENT || undefined, baseUrl: env.TOLOKA_BASE_URL || undefined });
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const settings: ContractTargetSettings = { label: baseUrl, baseUrl, apiKey, sourceTrainingId, log: (line) => console.log(`   ${redactSecrets(line, [apiKey])}`) };
  const target = new ContractTarget(settings);
  console.log(
    `Contract suite against ${baseUrl}, run ${target.runId}: reads training ${sourceTrainingId} and its project, clones it at most ` +
      `${target.guard.maxClones} times, creates one main pool "${contractPoolName(target.runId)}" (never opened) linked to a clone, ` +
      "and archives everything it created at the end, failed cases included. Ctrl-C skips the remaining cases and still cleans up.",
  );
  return report(await runWithInterrupt(target, [apiKey]), [apiKey]);
}

async function againstEmulator(): Promise<number> {
  const emulator = await TolokaEmulator.start();
  try {
    const { sourceTrainingId } = seedContractEmulator(emulator);
    const target = new ContractTarget({
      label: `emulator at ${emulator.baseUrl}`,
      baseUrl: emulator.baseUrl,
      apiKey: emulator.apiKey,
      sourceTrainingId,
      operationTimeoutMs: 30_000,
      log: (line) => console.log(`   ${line}`),
    });
    console.log(`Contract suite against the emulator at ${emulator.baseUrl} (source training ${sourceTrainingId})`);
    return report(await runWithInterrupt(target, [emulator.apiKey]), [emulator.apiKey]);
  } finally {
    await emulator.close();
  }
}

/** The first Ctrl-C skips the remaining cases (cleanup still runs); a second one exits at once. */
async function runWithInterrupt(target: ContractTarget, secrets: string[]): Promise<ContractRunReport> {
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) {
      console.error(`Interrupted twice: exiting without cleanup. Archive by hand: trainings ${[...target.guard.createdTrainings].join(", ") || "none"}, pools ${[...target.guard.createdPools].join(", ") || "none"}.`);
      process.exit(130);
    }
    interrupted = true;
    console.error("Interrupted: skipping the remaining cases, then archiving what this run created (Ctrl-C again to exit at once).");
  };
  process.on("SIGINT", onSignal);
  try {
    return await runContractSuite(
      target,
      undefined,
      (r) => console.log(redactSecrets(`${r.outcome === "passed" ? "PASS" : r.outcome === "failed" ? "FAIL" : "SKIP"} ${r.name} (${r.ms} ms)${r.detail ? `: ${r.detail}` : ""}`, secrets)),
      () => interrupted,
    );
  } finally {
    process.off("SIGINT", onSignal);
  }
}

function report(run: ContractRunReport, secrets: string[]): number {
  const count = (o: string) => run.results.filter((r) => r.outcome === o).length;
  const lines = [
    "",
    `${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped; ${run.clones} clone(s) made.`,
    `Cleanup: archived trainings ${run.cleanup.archivedTrainings.join(", ") || "none"}; archived pools ${run.cleanup.archivedPools.join(", ") || "none"}.`,
    ...run.cleanup.leftOver.map((l) => `NOT ARCHIVED: ${l.kind} ${l.id}: ${l.error} (archive it by hand)`),
    ...run.violations.map((v) => `GUARD REFUSED: ${v}`),
    run.ok ? "Contract holds." : "Contract broken, or cleanup incomplete: see above.",
  ];
  console.log(redactSecrets(lines.join("\n"), secrets));
  return run.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
