/** Section 2: a fleet under the clone quota, through the provider host, paced by the provider and not. */
import type { Registered } from "../host/registerResources";
import type { BenchOptions } from "./BenchOptions";
import { runFleet, type FleetRun } from "./runFleet";

export interface FleetReport {
  resources: number;
  concurrency: number;
  quota: string;
  operationMs: number;
  runs: FleetRun[];
}

/** The resource names the fleet registers. */
export function fleetNames(options: BenchOptions): string[] {
  return Array.from({ length: options.fleetSize }, (_, i) => `fleet${i}`);
}

/**
 * Runs the fleet twice, each on a fresh emulator and provider host: with the provider's pacing
 * matched to the quota, then with pacing off (429 retries alone, `unpacedMaxRetries` retries).
 * Waits are real: toloka:timeScale 1.
 */
export async function benchFleet(options: BenchOptions, projectFolder: string, registered: readonly Registered[]): Promise<FleetReport> {
  const common = {
    "toloka:cloneRateWindowSeconds": String(options.cloneQuotaWindowSeconds),
    "toloka:timeScale": "1",
  };
  const paced = await runFleet(options, projectFolder, registered, "paced", {
    ...common,
    "toloka:cloneRateLimit": String(options.cloneQuotaPerWindow),
  });
  const unpaced = await runFleet(options, projectFolder, registered, "unpaced", {
    ...common,
    "toloka:cloneRateLimit": "0",
    "toloka:maxRetries": String(options.unpacedMaxRetries),
  });
  return {
    resources: registered.length,
    concurrency: options.fleetConcurrency,
    quota: `${options.cloneQuotaPerWindow} clones per ${options.cloneQuotaWindowSeconds} s (sliding)`,
    operationMs: options.fleetOperationMs,
    runs: [paced, unpaced],
  };
}
