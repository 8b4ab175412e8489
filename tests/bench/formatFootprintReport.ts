/** Section 3 as printed: footprint and start-up figures with their targets. */
import type { FootprintReport } from "./benchFootprint";
import { formatTable } from "./formatTable";
import { verdict } from "./verdict";

/** `__provider` at most this many bytes. */
export const PROVIDER_BYTES_TARGET = 16 * 1024;
/** The provider adds at most this much to the host's start-up. */
export const STARTUP_ADDED_TARGET_MS = 300;

export function formatFootprintReport(report: FootprintReport): string {
  const f = report.footprint;
  const s = report.startup;
  const largest = Math.max(...f.distinctBytes);
  const ms = (values: readonly number[]) => values.map((v) => Math.round(v)).join(" ");
  const rows = [
    [
      "__provider per resource",
      `${largest} B${f.distinctTexts > 1 ? ` (${f.distinctTexts} different texts: ${f.distinctBytes.join(", ")} B)` : ""}`,
      `${verdict(largest <= PROVIDER_BYTES_TARGET)} <= ${PROVIDER_BYTES_TARGET} B (16 KiB)`,
    ],
    [
      "same text for every resource",
      `${f.distinctTexts === 1 ? "yes" : "no"} (${f.resources} resources of one stack)`,
      `${verdict(f.distinctTexts === 1)} one text`,
    ],
    ["__provider bytes in the state per resource", `${f.stateBytesPerResource} B (inputs${f.inOutputs ? " + outputs" : " only"})`, ""],
    ["trivial provider's __provider", `${report.trivialProviderBytes} B`, ""],
    ["bare host: start to Create answered (median)", `${Math.round(s.bareMedianMs)} ms  [${ms(s.bareMs)}]`, ""],
    ["provider: start to Create answered (median)", `${Math.round(s.providerMedianMs)} ms  [${ms(s.providerMs)}]`, ""],
    ["  of which the clone operation (median; emulator's duration)", `${Math.round(s.operationMedianMs)} ms  [${ms(s.operationMs)}]`, ""],
    ["start-up added by the provider", `${Math.round(s.addedMs)} ms`, `${verdict(s.addedMs <= STARTUP_ADDED_TARGET_MS)} <= ${STARTUP_ADDED_TARGET_MS} ms`],
  ];
  return [
    "3. Footprint and start-up: the package as a user installs it (npm pack, npm install), Pulumi's provider host over gRPC",
    `   start-up: fresh host process, Configure, Create; ${s.bareMs.length} of each after one warm-up pair, alternating;` +
      " added = median(provider - operation) - median(bare)",
    formatTable([{ title: "measure" }, { title: "value" }, { title: "target" }], rows),
  ].join("\n");
}
