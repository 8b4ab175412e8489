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
export { TrainingRequirement } from "./trainingRequirement/TrainingRequirement";
export { TrainingRequirementProvider } from "./trainingRequirement/TrainingRequirementProvider";
export type { TrainingRequirementArgs } from "./trainingRequirement/inputs";
export type { RequirementValue, TrainingRequirementOutputs } from "./trainingRequirement/outputs";
// Stored TrainingRequirement code calls `trainingRequirementRuntime`: part of the same contract.
export { trainingRequirementRuntime, TrainingRequirementRuntime } from "./trainingRequirement/TrainingRequirementRuntime";
