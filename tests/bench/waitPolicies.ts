/** The three ways of awaiting an operation the bench compares, as waitForOperation options. */
import { awsV3Schedule, OperationDurationHistory, sdkFixedSchedule, type WaitOptions } from "../../provider/waiting";

export const WAIT_POLICY_NAMES = ["ours", "sdk", "aws"] as const;
export type WaitPolicyName = (typeof WAIT_POLICY_NAMES)[number];

/** What each policy's row says it is. */
export const WAIT_POLICY_DESCRIPTIONS: Readonly<Record<WaitPolicyName, string>> = {
  ours: "this project's adaptive waiter (waitForOperation), one OperationDurationHistory shared by all its waits of a band and progress model",
  sdk: "the official Python SDK's schedule: wait 0.5 s, then poll every 1 s",
  aws: "the AWS SDK v3 waiter defaults: check at once, then random delays of 2 s up to min(120 s, 2 x 2^(n-1) s)",
};

/**
 * Starts one run of a policy: returns the options of each of its waits. `ours` shares one
 * history across the run's waits, as the provider shares one per process; `aws` draws its
 * jitter from `random`.
 */
export function startPolicyRun(policy: WaitPolicyName, random: () => number): () => Partial<WaitOptions> {
  switch (policy) {
    case "ours": {
      const history = new OperationDurationHistory();
      return () => ({ history });
    }
    case "sdk":
      return () => ({ schedule: sdkFixedSchedule });
    case "aws": {
      const schedule = awsV3Schedule(random);
      return () => ({ schedule });
    }
  }
}
