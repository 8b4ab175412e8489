import type { PollSchedule } from "./PollSchedule";

export interface AwsV3ScheduleOptions {
  /** Smallest delay, seconds (AWS SDK v3 service default: 2). */
  minDelaySeconds: number;
  /** Largest delay, seconds (AWS SDK v3 service default: 120). */
  maxDelaySeconds: number;
}

export const DEFAULT_AWS_V3_SCHEDULE_OPTIONS: Readonly<AwsV3ScheduleOptions> = {
  minDelaySeconds: 2,
  maxDelaySeconds: 120,
};

/**
 * The AWS SDK v3 waiter's schedule (smithy `util-waiter` `runPolling`), for comparison: one
 * check at once, then before attempt n a delay drawn uniformly from [minDelay, minDelay x 2^(n-1)],
 * and maxDelay once that would pass it. `random` returns a number in [0, 1) (Math.random).
 */
export function awsV3Schedule(
  random: () => number,
  options: Partial<AwsV3ScheduleOptions> = {},
): PollSchedule {
  const { minDelaySeconds, maxDelaySeconds } = { ...DEFAULT_AWS_V3_SCHEDULE_OPTIONS, ...options };
  if (!(minDelaySeconds > 0) || !(maxDelaySeconds >= minDelaySeconds) || !Number.isFinite(maxDelaySeconds)) {
    throw new RangeError(
      `Invalid AWS v3 schedule: expected 0 < minDelaySeconds <= maxDelaySeconds, got ${minDelaySeconds} and ${maxDelaySeconds}`,
    );
  }
  const attemptCeiling = Math.log(maxDelaySeconds / minDelaySeconds) / Math.log(2) + 1;
  return (state) => {
    if (state.polls === 0) return 0;
    const attempt = state.polls;
    if (attempt > attemptCeiling) return maxDelaySeconds * 1000;
    const upper = minDelaySeconds * 2 ** (attempt - 1);
    return (minDelaySeconds + random() * (upper - minDelaySeconds)) * 1000;
  };
}
