export { classifyOperation, type OperationVerdict } from "./classifyOperation";
export type { PollObservation, PollSchedule, PollState } from "./PollSchedule";
export { nextPollDelay, DEFAULT_POLL_SCHEDULE_OPTIONS, type PollScheduleOptions } from "./nextPollDelay";
export { predictFinish, type FinishPrediction } from "./predictFinish";
export { historyPollTarget, type HistoryPollInput } from "./historyPollTarget";
export {
  OperationDurationHistory,
  DEFAULT_OPERATION_DURATION_HISTORY_OPTIONS,
  type OperationDurationHistoryOptions,
  type OperationDurationSample,
} from "./OperationDurationHistory";
export { sdkFixedSchedule } from "./sdkFixedSchedule";
export { awsV3Schedule, DEFAULT_AWS_V3_SCHEDULE_OPTIONS, type AwsV3ScheduleOptions } from "./awsV3Schedule";
export { DEFAULT_WAIT_OPTIONS, resolveWaitOptions, type WaitOptions } from "./WaitOptions";
export { pollOperation, type PollOperationDeps, type WaiterResult } from "./pollOperation";
export { throwOnWaiterResult, type FailureDetails } from "./throwOnWaiterResult";
export { waitForOperation, type WaitForOperationDeps } from "./waitForOperation";
export { OperationFailedError, isOperationFailedError, type OperationFailedErrorInit } from "./OperationFailedError";
export { OperationTimeoutError, isOperationTimeoutError, type OperationTimeoutErrorInit } from "./OperationTimeoutError";
export { describeOperationLog } from "./describeOperationLog";
