/**
 * Section 4: the linked-pool check at scale. The same fleet is archived through the provider host
 * in an empty project and in one holding `archivedPools` archived main pools, in alternating
 * runs; what differs is the pool listing each archive makes.
 */
import type { Registered } from "../host/registerResources";
import type { BenchOptions } from "./BenchOptions";
import { runFleet, type FleetPhase } from "./runFleet";

export interface LinkedPoolsSide {
  label: string;
  archivedPools: number;
  /** The archive phase of each repeat. */
  archives: FleetPhase[];
}

export interface LinkedPoolsReport {
  resources: number;
  concurrency: number;
  operationMs: number;
  repeats: number;
  empty: LinkedPoolsSide;
  crowded: LinkedPoolsSide;
}

/** Alternates the two projects `linkedPoolRepeats` times, so a slow spell of the machine hits both. */
export async function benchLinkedPools(options: BenchOptions, projectFolder: string, registered: readonly Registered[]): Promise<LinkedPoolsReport> {
  // Not about the clone quota: a wide one, and no pacing, keep the clone phase short.
  const wide = { ...options, cloneQuotaPerWindow: 1_000_000 };
  const settings = { "toloka:cloneRateLimit": "0", "toloka:timeScale": "1" };
  const empty: LinkedPoolsSide = { label: "empty project", archivedPools: 0, archives: [] };
  const crowded: LinkedPoolsSide = { label: `${options.archivedPools.toLocaleString("en-US")} archived pools`, archivedPools: options.archivedPools, archives: [] };
  for (let i = 0; i < options.linkedPoolRepeats; i += 1) {
    for (const side of [empty, crowded]) {
      const run = await runFleet(wide, projectFolder, registered, side.label, settings, (emulator, projectId) => {
        for (let p = 0; p < side.archivedPools; p += 1) {
          // Old main pools: archived, most linked to trainings archived long ago.
          const requirement = p % 4 === 0 ? undefined : { training_pool_id: String(100_000 + p), training_passing_skill_value: 80 };
          emulator.addPool({ project_id: projectId, status: "ARCHIVED", quality_control: requirement && { training_requirement: requirement } });
        }
      });
      const archive = run.phases.find((p) => p.phase === "archive");
      if (!archive) throw new Error(`run ${side.label} has no archive phase`);
      side.archives.push(archive);
    }
  }
  return { resources: registered.length, concurrency: options.fleetConcurrency, operationMs: options.fleetOperationMs, repeats: options.linkedPoolRepeats, empty, crowded };
}
