/** The Toloka API emulator: a local HTTP server for tests and offline development. */
export { TolokaEmulator } from "./TolokaEmulator";
export { DEFAULT_EMULATOR_OPTIONS, mergeEmulatorOptions } from "./EmulatorOptions";
export type { CloneQuotaOptions, EmulatorOptions, EmulatorOptionsPatch } from "./EmulatorOptions";
export type { Fault, FaultRule, RouteName } from "./FaultRule";
export type { RequestLogEntry } from "./RequestLogEntry";
export type { EmulatorStats } from "./EmulatorStats";
export type { Project } from "./EmulatorState";
