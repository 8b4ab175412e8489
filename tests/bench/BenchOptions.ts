/** What `npm run bench` measures and how hard: one documented default object, overridable from the command line. */

export const BENCH_SECTIONS = ["waiting", "fleet", "footprint", "pools", "cli"] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

export interface BenchOptions {
  /**
   * Seed of the operation durations and of the AWS schedule's jitter. Undefined: a fresh one is
   * drawn; either way it is printed, so `npm run bench -- --seed <n>` repeats a run's draws.
   */
  seed: number | undefined;
  /** Which sections to run, in this order. */
  sections: readonly BenchSection[];

  // 1. Awaiting an operation
  /**
   * Operations per duration band, progress model and policy (the issue asks for at least 12).
   * With 12 the SDK schedule's own median overshoot moves by about +-140 ms from one seed to the
   * next, enough to flip verdicts; 24 halves the variance at about 20 s more.
   */
  operationsPerBand: number;
  /**
   * Rounds they are split into, run one after the other; within a round every operation starts
   * together. The first round meets an empty duration history, later ones what the first taught it.
   */
  waitRounds: number;
  /** Time limit of each wait; a wait that reaches it counts as a timeout. */
  waitTimeoutMs: number;

  // 2. Fleet under the clone quota
  /** Resources created, then deleted. */
  fleetSize: number;
  /** Calls in flight at once, as `pulumi up --parallel`. */
  fleetConcurrency: number;
  /** The emulator's clone quota (a sliding window), matched by the paced provider's settings. */
  cloneQuotaPerWindow: number;
  cloneQuotaWindowSeconds: number;
  /** Duration of every emulated operation in the fleet phases. */
  fleetOperationMs: number;
  /** toloka:maxRetries of the unpaced provider, which relies on 429 retries alone. */
  unpacedMaxRetries: number;

  // 3. Footprint and start-up
  /** Host start-ups measured, for the provider and for the trivial one each. */
  startupRepeats: number;
  /** Duration of the clone operation of the start-up Create; it is subtracted from the figure. */
  startupOperationMs: number;

  // 4. The linked-pool check at scale (the fleet's size, concurrency and operation duration)
  /** Archived main pools in the crowded project. */
  archivedPools: number;
  /** Runs of each project, alternating; the wall time reported is their median. */
  linkedPoolRepeats: number;

  // 5. The real Pulumi CLI (the fleet's quota per window, concurrency and operation duration)
  /** Clones of the CLI's stack, and of the provider-host fleet it is compared with. */
  cliFleetSize: number;
  /** The quota window of this section: Toloka's own minute, so the CLI's fixed costs weigh as they would. */
  cliQuotaWindowSeconds: number;

  /** Where latest.json is written, relative to the repository root (git-ignored). */
  outputDir: string;
  /** Where the charts are written (section 1's: waiting.svg), relative to the repository root; docs/benchmarks.md embeds them. */
  chartsDir: string;
}

/** The figures the benchmark issue asks for. */
export const DEFAULT_BENCH_OPTIONS: Readonly<BenchOptions> = Object.freeze({
  seed: undefined,
  sections: BENCH_SECTIONS,
  operationsPerBand: 24,
  waitRounds: 3,
  waitTimeoutMs: 120_000,
  fleetSize: 60,
  fleetConcurrency: 50,
  cloneQuotaPerWindow: 20,
  cloneQuotaWindowSeconds: 3,
  fleetOperationMs: 500,
  unpacedMaxRetries: 10,
  startupRepeats: 5,
  startupOperationMs: 0,
  archivedPools: 3_000,
  linkedPoolRepeats: 3,
  cliFleetSize: 40,
  cliQuotaWindowSeconds: 60,
  outputDir: ".bench",
  chartsDir: "docs/bench",
});

const INTEGER_OPTIONS = [
  "operationsPerBand", "waitRounds", "waitTimeoutMs", "fleetSize", "fleetConcurrency", "cloneQuotaPerWindow",
  "unpacedMaxRetries", "startupRepeats", "startupOperationMs", "archivedPools", "linkedPoolRepeats", "cliFleetSize",
] as const;

/**
 * Reads `--name value` pairs (names as in BenchOptions, e.g. `--seed 42 --sections waiting,fleet`)
 * over DEFAULT_BENCH_OPTIONS and validates the result; messages quote the bad value.
 */
export function resolveBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_BENCH_OPTIONS };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    const name = flag.startsWith("--") ? flag.slice(2) : "";
    if (!(name in DEFAULT_BENCH_OPTIONS)) {
      throw new TypeError(
        `Unknown bench option ${JSON.stringify(flag)}: expected one of ${Object.keys(DEFAULT_BENCH_OPTIONS).map((k) => `--${k}`).join(", ")} ` +
          "(`npm run bench -- --help` says what each does)",
      );
    }
    if (value === undefined) throw new TypeError(`Bench option ${flag} needs a value`);
    (options as unknown as Record<string, unknown>)[name] = parseValue(name, value);
  }
  validate(options);
  return options;
}

function parseValue(name: string, text: string): unknown {
  if (name === "sections") return text.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (name === "outputDir" || name === "chartsDir") return text;
  return Number(text);
}

function validate(o: BenchOptions): void {
  if (o.seed !== undefined && !(Number.isInteger(o.seed) && o.seed >= 0 && o.seed < 2 ** 32)) {
    fail("seed", o.seed, "an integer between 0 and 2^32 - 1");
  }
  for (const name of INTEGER_OPTIONS) {
    const value = o[name];
    const min = name === "startupOperationMs" || name === "unpacedMaxRetries" || name === "archivedPools" ? 0 : 1;
    if (!Number.isInteger(value) || value < min) fail(name, value, `an integer >= ${min}`);
  }
  if (!(o.cloneQuotaWindowSeconds > 0)) fail("cloneQuotaWindowSeconds", o.cloneQuotaWindowSeconds, "a number of seconds > 0");
  if (!(o.cliQuotaWindowSeconds > 0)) fail("cliQuotaWindowSeconds", o.cliQuotaWindowSeconds, "a number of seconds > 0");
  if (!(o.fleetOperationMs >= 0)) fail("fleetOperationMs", o.fleetOperationMs, "a number of ms >= 0");
  if (o.waitRounds > o.operationsPerBand) fail("waitRounds", o.waitRounds, `at most operationsPerBand (${o.operationsPerBand})`);
  if (o.fleetConcurrency > o.fleetSize) fail("fleetConcurrency", o.fleetConcurrency, `at most fleetSize (${o.fleetSize})`);
  const unknown = o.sections.filter((s) => !(BENCH_SECTIONS as readonly string[]).includes(s));
  if (o.sections.length === 0 || unknown.length > 0) fail("sections", o.sections.join(","), `a comma-separated list of ${BENCH_SECTIONS.join(", ")}`);
  if (typeof o.outputDir !== "string" || o.outputDir === "") fail("outputDir", o.outputDir, "a folder path");
  if (typeof o.chartsDir !== "string" || o.chartsDir === "") fail("chartsDir", o.chartsDir, "a folder path");
}

function fail(name: string, value: unknown, expected: string): never {
  throw new RangeError(`Bench option --${name} must be ${expected}, got ${JSON.stringify(value) ?? String(value)}`);
}
