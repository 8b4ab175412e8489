/**
 * pulumi-toloka: manage Toloka training pools declaratively.
 *
 * The main entry is the package's public surface: the resources, their args and outputs types,
 * the error classes (and their duck-typed guards) a user may catch, and `providerRuntime`. Stored
 * provider code reaches the package only through this entry (see ClonedTrainingProvider):
 * `providerRuntime` is part of the contract with every deployed stack and must stay. Everything
 * else is internal; tests import it from its source path. `tests/host/publicSurface.test.ts` pins this list.
 */
export { ClonedTraining } from "./resource/ClonedTraining";
export { ClonedTrainingProvider } from "./resource/ClonedTrainingProvider";
export type { ClonedTrainingArgs } from "./resource/inputs";
export type { TrainingOverrides } from "./resource/TrainingOverrides";
export type { TrainingStatus } from "./toloka/types";
export type { ClonedTrainingOutputs } from "./resource/outputs";
export { ArchivePreconditionError, isArchivePreconditionError } from "./resource/ArchivePreconditionError";
export { EndpointMismatchError } from "./resource/EndpointMismatchError";
export { PartialCreationError } from "./resource/PartialCreationError";
export { providerRuntime } from "./resource/ProviderRuntime";
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
