/** What `npm run bench -- --help` prints: the sections, which is quick, and every option with its default. */
import { BENCH_SECTIONS, DEFAULT_BENCH_OPTIONS, type BenchOptions, type BenchSection } from "./BenchOptions";

/** One line per section: what it measures, what it needs, how long it takes on 2 cores. */
const SECTION_HELP: Readonly<Record<BenchSection, string>> = {
  waiting: "1. awaiting an operation: the provider's waiter against the SDK's and AWS's schedules. The quick one: needs no package, about 1.5 minutes",
  fleet: "2. a fleet of clones under the clone quota, through Pulumi's provider host, paced and unpaced (packs the package first)",
  footprint: "3. the provider code stored per resource, and the start-up it adds (packs the package first)",
  pools: "4. archives in a project holding thousands of archived main pools (packs the package first)",
  cli: "5. a stack of clones through the real Pulumi CLI at Toloka's one-minute quota window; needs `npm run pulumi:build`, several minutes",
};

/** One line per option. A Record of every key, so a new option without help fails the type check. */
const OPTION_HELP: Readonly<Record<keyof BenchOptions, string>> = {
  seed: "seed of the operation durations and the AWS waiter's jitter (default: a fresh one, printed first)",
  sections: "comma-separated sections to run, in this order (see above)",
  operationsPerBand: "1: operations per duration band, progress model and policy",
  waitRounds: "1: rounds the operations are split into (the first meets an empty duration history)",
  waitTimeoutMs: "1: time limit of each wait, ms",
  fleetSize: "2, 4: resources created, then deleted",
  fleetConcurrency: "2, 4, 5: calls in flight at once, as `pulumi up --parallel`",
  cloneQuotaPerWindow: "2, 4, 5: the emulator's clone quota per window",
  cloneQuotaWindowSeconds: "2, 4: the quota's sliding window, seconds",
  fleetOperationMs: "2, 4, 5: duration of every emulated operation, ms",
  unpacedMaxRetries: "2: toloka:maxRetries of the unpaced provider",
  startupRepeats: "3: host start-ups measured, for the provider and for a trivial one",
  startupOperationMs: "3: duration of the start-up Create's clone operation, ms",
  archivedPools: "4: archived main pools in the crowded project",
  linkedPoolRepeats: "4: runs of each project, alternating",
  cliFleetSize: "5: clones of the CLI's stack, and of the provider-host fleet beside it",
  cliQuotaWindowSeconds: "5: the quota window of this section, seconds",
  outputDir: "where latest.json is written, relative to the repository root",
  chartsDir: "1: where the chart waiting.svg is written, relative to the repository root",
};

export function benchUsage(): string {
  const defaults = DEFAULT_BENCH_OPTIONS as unknown as Record<string, unknown>;
  const width = Math.max(...Object.keys(OPTION_HELP).map((k) => k.length)) + 2;
  const options = (Object.keys(OPTION_HELP) as (keyof BenchOptions)[]).map((name) => {
    const value = defaults[name];
    const shown = value === undefined ? "" : ` [${Array.isArray(value) ? value.join(",") : String(value)}]`;
    return `  --${name.padEnd(width)} ${OPTION_HELP[name]}${shown}`;
  });
  const sections = BENCH_SECTIONS.flatMap((s) => wrap(SECTION_HELP[s], 84).map((line, i) => `  ${(i === 0 ? s : "").padEnd(10)} ${line}`));
  return [
    "usage: npm run bench -- [--<option> <value> ...]",
    "",
    "Runs the benchmarks against the Toloka emulator, prints a table per section with PASS/MISS beside",
    "each target, and writes every figure to .bench/latest.json. A missed target does not change the",
    "exit code (0); a section that could not run does (1); a bad option exits 2. All sections: about",
    "3 minutes on 2 cores, plus section 5. See docs/benchmarks.md.",
    "",
    "sections (--sections, default all):",
    ...sections,
    "",
    "options (section numbers first, [default] last):",
    ...options,
    `  --${"help".padEnd(width)} print this and exit (also -h)`,
    "",
    "examples:",
    "  npm run bench -- --sections waiting       the quick one",
    "  npm run bench -- --seed 42 --sections waiting,fleet",
  ].join("\n");
}

/** `text` in lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** True when the arguments ask for the usage (anywhere among them). */
export function wantsBenchHelp(argv: readonly string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}
