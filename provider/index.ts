/**
 * pulumi-toloka: manage Toloka training pools declaratively.
 *
 * The main entry is the package's public surface: the resources, their args and outputs types,
 * the error classes (and their duck-typed guards) a user may catch, and `providerRuntime`. Stored
 * provider code reaches the package only through this entry (see ClonedTrainingProvider):
 * `providerRuntime` is part of the contract with every deployed stack and must stay. Everything
 * else is internal; tests import it from its source path. `tests/host/publicSurface.test.ts` pins this list.
 */
export { ClonedTraining } from "./clonedTraining/ClonedTraining";
export { ClonedTrainingProvider } from "./clonedTraining/ClonedTrainingProvider";
export type { ClonedTrainingArgs } from "./clonedTraining/inputs";
export type { ActualOverrides, RefusedOverride, TrainingOverrideValues, TrainingOverrides } from "./clonedTraining/TrainingOverrides";
export type { PoolStatus, TrainingStatus } from "./toloka/types";
export type { ClonedTrainingOutputs } from "./clonedTraining/outputs";
export { ArchivePreconditionError, isArchivePreconditionError } from "./clonedTraining/ArchivePreconditionError";
export { EndpointMismatchError, isEndpointMismatchError } from "./runtime/EndpointMismatchError";
export { PartialCreationError, isPartialCreationError } from "./runtime/PartialCreationError";
export { ProviderRefusalError, isProviderRefusalError } from "./runtime/ProviderRefusalError";
export type { ProviderRefusalCode } from "./runtime/ProviderRefusalError";
export { providerRuntime } from "./clonedTraining/ClonedTrainingRuntime";
export { TolokaError, isTolokaError } from "./toloka/TolokaError";
export { TolokaApiError, isTolokaApiError } from "./toloka/TolokaApiError";
export { TolokaQuotaError, isTolokaQuotaError } from "./toloka/TolokaQuotaError";
export { TolokaNetworkError, isTolokaNetworkError } from "./toloka/TolokaNetworkError";
export { TolokaOutcomeUnknownError, isTolokaOutcomeUnknownError } from "./toloka/TolokaOutcomeUnknownError";
export { TolokaConfigError, isTolokaConfigError } from "./toloka/TolokaConfigError";
export { TolokaInputError, isTolokaInputError } from "./toloka/TolokaInputError";
export { TolokaDeadlineError, isTolokaDeadlineError } from "./toloka/TolokaDeadlineError";
export { OperationFailedError, isOperationFailedError } from "./waiting/OperationFailedError";
export { OperationTimeoutError, isOperationTimeoutError } from "./waiting/OperationTimeoutError";
export { TrainingRequirement } from "./trainingRequirement/TrainingRequirement";
export { TrainingRequirementProvider } from "./trainingRequirement/TrainingRequirementProvider";
export type { TrainingRequirementArgs } from "./trainingRequirement/inputs";
export type { RequirementValue, TrainingRequirementOutputs } from "./trainingRequirement/outputs";
// Stored TrainingRequirement code calls `trainingRequirementRuntime`: part of the same contract.
export { trainingRequirementRuntime } from "./trainingRequirement/TrainingRequirementRuntime";
