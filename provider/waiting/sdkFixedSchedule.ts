import type { PollSchedule } from "./PollSchedule";

/**
 * The official Toloka SDK's schedule (toloka-kit `wait_operation`), for comparison: sleep 0.5 s,
 * then one GET every 1 s, whatever the operation says.
 */
export const sdkFixedSchedule: PollSchedule = (state) => (state.polls === 0 ? 500 : 1000);
