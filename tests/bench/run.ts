/**
 * `npm run bench`: the five benchmarks against the emulator, in one process run. Prints a table
 * per section with each target's PASS/MISS beside the measured figure and writes everything to
 * .bench/latest.json (section 1 also as a chart, docs/bench/waiting.svg). A missed target is reported, not failed: the exit code is 0 unless a
 * section could not run at all. Options: `npm run bench -- --help` (BenchOptions.ts).
 */
import { randomInt } from "crypto";
import * as os from "os";
import { benchCli, type CliReport } from "./benchCli";
import { benchFleet, fleetNames, type FleetReport } from "./benchFleet";
import { benchFootprint, startupNames, type FootprintReport } from "./benchFootprint";
import { benchLinkedPools, type LinkedPoolsReport } from "./benchLinkedPools";
import { resolveBenchOptions, type BenchOptions, type BenchSection } from "./BenchOptions";
import { benchUsage, wantsBenchHelp } from "./benchUsage";
import { benchWaiting, type WaitingReport } from "./benchWaiting";
import { waitingChartSvg } from "./waitingChart";
import { writeChart } from "./writeChart";
import { consumerProject, removeConsumerProject, type ConsumerProject } from "./consumerProject";
import { formatCliReport } from "./formatCliReport";
import { formatFleetReport } from "./formatFleetReport";
import { formatFootprintReport } from "./formatFootprintReport";
import { formatLinkedPoolsReport } from "./formatLinkedPoolsReport";
import { formatWaitingReport } from "./formatWaitingReport";
import { writeReport } from "./writeReport";

interface BenchReport {
  startedAt: string;
  wallMs: number;
  seed: number;
  options: BenchOptions;
  machine: { node: string; platform: string; cpus: number };
  consumer?: { installMs: number; reused: boolean };
  waiting?: WaitingReport;
  fleet?: FleetReport;
  footprint?: FootprintReport;
  pools?: LinkedPoolsReport;
  cli?: CliReport;
  /** Sections that could not run, with why. */
  errors: Partial<Record<BenchSection | "setup", string>>;
}

async function main(): Promise<number> {
  if (wantsBenchHelp(process.argv.slice(2))) {
    console.log(benchUsage());
    return 0;
  }
  let options: BenchOptions;
  try {
    options = resolveBenchOptions(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const seed = options.seed ?? randomInt(0, 2 ** 32);
  const started = Date.now();
  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    wallMs: 0,
    seed,
    options,
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length },
    errors: {},
  };
  console.log(`pulumi-toloka benchmarks: seed ${seed} (repeat with \`npm run bench -- --seed ${seed}\`), node ${process.version}, ${report.machine.cpus} CPUs`);

  const needsPackage = options.sections.some((s) => s !== "waiting");
  let project: ConsumerProject | undefined;
  try {
    if (needsPackage) {
      // Before any timing: npm pack builds the package, which keeps both cores busy.
      project = consumerProject([...fleetNames(options), ...cliFleetNames(options), ...startupNames(options)], "1");
      report.consumer = { installMs: project.installMs, reused: project.reused };
      console.log(project.reused
        ? `package: reusing ${project.folder} (PULUMI_TOLOKA_CONSUMER)`
        : `package: packed and installed into a fresh Pulumi project in ${(project.installMs / 1000).toFixed(1)} s`);
    }
  } catch (e) {
    report.errors.setup = describe(e);
    console.log(`\nCould not install the packed package: ${report.errors.setup}`);
  }

  for (const section of options.sections) {
    console.log("");
    try {
      if (section === "waiting") {
        report.waiting = await benchWaiting(options, seed);
        console.log(formatWaitingReport(report.waiting));
        console.log(`   chart: ${writeChart(options.chartsDir, "waiting.svg", waitingChartSvg(report.waiting))}`);
      } else if (section === "fleet") {
        const p = requireProject(project);
        report.fleet = await benchFleet(options, p.folder, fleetNames(options).map((n) => registeredOf(p, n)));
        console.log(formatFleetReport(report.fleet));
      } else if (section === "pools") {
        const p = requireProject(project);
        report.pools = await benchLinkedPools(options, p.folder, fleetNames(options).map((n) => registeredOf(p, n)));
        console.log(formatLinkedPoolsReport(report.pools));
      } else if (section === "cli") {
        const p = requireProject(project);
        report.cli = await benchCli(options, p.folder, cliFleetNames(options).map((n) => registeredOf(p, n)));
        console.log(formatCliReport(report.cli));
      } else {
        const p = requireProject(project);
        const cliNames = new Set(cliFleetNames(options));
        const stack = [...p.registered.values()].filter((r) => !cliNames.has(r.name));
        report.footprint = await benchFootprint(options, p.folder, stack, startupNames(options).map((n) => registeredOf(p, n)));
        console.log(formatFootprintReport(report.footprint));
      }
    } catch (e) {
      report.errors[section] = describe(e);
      console.log(`Section ${section} could not run: ${report.errors[section]}`);
    }
  }

  if (project) removeConsumerProject(project);
  report.wallMs = Date.now() - started;
  const file = writeReport(options.outputDir, report);
  console.log(`\nTotal ${(report.wallMs / 1000).toFixed(1)} s; figures written to ${file}`);
  return Object.keys(report.errors).length > 0 ? 1 : 0;
}

/** The provider-host fleet section 5 compares the CLI with. */
function cliFleetNames(options: BenchOptions): string[] {
  return Array.from({ length: options.cliFleetSize }, (_, i) => `cli${i}`);
}

function requireProject(project: ConsumerProject | undefined): ConsumerProject {
  if (!project) throw new Error("the packed package is not installed (see the setup error above)");
  return project;
}

function registeredOf(project: ConsumerProject, name: string) {
  const r = project.registered.get(name);
  if (!r) throw new Error(`resource ${name} was not registered`);
  return r;
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(describe(e));
    process.exit(1);
  },
);
