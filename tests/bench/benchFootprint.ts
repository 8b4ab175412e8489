/** Section 3: the serialized provider's size in the state, and what the provider adds to the host's start-up. */
import type { Registered } from "../host/registerResources";
import type { BenchOptions } from "./BenchOptions";
import { measureStartup, type StartupSamples } from "./measureStartup";
import { providerFootprint, type ProviderFootprint } from "./providerFootprint";
import { median } from "./quantile";
import { trivialProviderText } from "./trivialProviderText";

export interface FootprintReport {
  footprint: ProviderFootprint;
  trivialProviderBytes: number;
  startup: Omit<StartupSamples, "firstOutputs"> & {
    bareMedianMs: number;
    providerMedianMs: number;
    operationMedianMs: number;
    /** median(provider - operation) - median(bare): the start-up cost the provider adds. */
    addedMs: number;
  };
}

/** The resource names the start-up measurement registers: one per start-up, warm-up included. */
export function startupNames(options: BenchOptions): string[] {
  return Array.from({ length: options.startupRepeats + 1 }, (_, i) => `startup${i}`);
}

/**
 * `stack` is every resource the bench's stack registered (the footprint must be the same for
 * all); `startup` the ones the start-up measurement creates.
 */
export async function benchFootprint(
  options: BenchOptions,
  projectFolder: string,
  stack: readonly Registered[],
  startup: readonly Registered[],
): Promise<FootprintReport> {
  const trivial = trivialProviderText(projectFolder);
  const { firstOutputs, ...samples } = await measureStartup(projectFolder, startup, trivial, options.startupOperationMs);
  const bareMedianMs = median(samples.bareMs);
  const providerMedianMs = median(samples.providerMs);
  return {
    footprint: providerFootprint(stack, firstOutputs),
    trivialProviderBytes: Buffer.byteLength(trivial, "utf8"),
    startup: {
      ...samples,
      bareMedianMs,
      providerMedianMs,
      operationMedianMs: median(samples.operationMs),
      addedMs: median(samples.providerMs.map((ms, i) => ms - samples.operationMs[i])) - bareMedianMs,
    },
  };
}
