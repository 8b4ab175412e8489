/**
 * pulumi-toloka: manage Toloka training pools declaratively.
 *
 * Stored provider code reaches the package only through this entry (see ClonedTrainingProvider):
 * `providerRuntime` is part of the contract with every deployed stack and must stay.
 */
export { ClonedTraining } from "./resource/ClonedTraining";
export { ClonedTrainingProvider } from "./resource/ClonedTrainingProvider";
export type { ClonedTrainingArgs } from "./resource/inputs";
export type { ClonedTrainingOutputs } from "./resource/outputs";
export { ArchivePreconditionError, isArchivePreconditionError } from "./resource/ArchivePreconditionError";
export { EndpointMismatchError } from "./resource/EndpointMismatchError";
export { PartialCreationError } from "./resource/PartialCreationError";
export { SETTINGS } from "./resource/settings";
export { providerRuntime, ProviderRuntime } from "./resource/ProviderRuntime";
export * from "./toloka";
export * from "./waiting";
