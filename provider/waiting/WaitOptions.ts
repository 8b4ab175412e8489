import type { Operation } from "../toloka/types";
import { DEFAULT_POLL_SCHEDULE_OPTIONS, type PollScheduleOptions } from "./nextPollDelay";
import type { OperationDurationHistory } from "./OperationDurationHistory";
import type { PollSchedule } from "./PollSchedule";

/** How to wait for a Toloka operation. All times in ms. */
export interface WaitOptions extends PollScheduleOptions {
  /** Give up (OperationTimeoutError) after this long; a last GET lands exactly on the deadline. */
  timeoutMs: number;
  /**
   * Replaces the adaptive schedule (nextPollDelay), e.g. with sdkFixedSchedule or awsV3Schedule
   * to compare; the schedule tuning options above then do nothing.
   */
  schedule?: PollSchedule;
  /** Durations of earlier operations, shared across waits so the schedule learns; fed by the wait. */
  history?: OperationDurationHistory;
  /**
   * Called with each look whose status or progress differs from the previous look (the first
   * look included) and the ms waited so far. An exception it throws ends the wait.
   */
  onProgress?: (operation: Operation, elapsedMs: number) => void;
}

/** Defaults: a 10-minute timeout, as the official SDK, and the adaptive schedule's tuning. */
export const DEFAULT_WAIT_OPTIONS: Readonly<WaitOptions> = {
  timeoutMs: 600_000,
  ...DEFAULT_POLL_SCHEDULE_OPTIONS,
};

/** setTimeout's ceiling: a longer sleep would fire at once. */
const MAX_SLEEP_MS = 2_147_483_647;

/** Merges options over DEFAULT_WAIT_OPTIONS (undefined keeps the default) and validates them. */
export function resolveWaitOptions(options: Partial<WaitOptions> = {}): WaitOptions {
  const merged: WaitOptions = { ...DEFAULT_WAIT_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  checkNumber("timeoutMs", merged.timeoutMs, 0, Number.MAX_SAFE_INTEGER, "ms");
  checkNumber("minDelayMs", merged.minDelayMs, 0, MAX_SLEEP_MS, "ms");
  checkNumber("maxDelayMs", merged.maxDelayMs, merged.minDelayMs, MAX_SLEEP_MS, "ms (and >= minDelayMs)");
  checkNumber("firstDelayMs", merged.firstDelayMs, 0, MAX_SLEEP_MS, "ms");
  checkNumber("intervalMs", merged.intervalMs, 0, MAX_SLEEP_MS, "ms");
  checkNumber("backoffRatio", merged.backoffRatio, Number.MIN_VALUE, 100, "");
  checkNumber("pollCostMs", merged.pollCostMs, 0, MAX_SLEEP_MS, "ms");
  checkNumber("finishMarginMs", merged.finishMarginMs, 0, MAX_SLEEP_MS, "ms");
  checkFunction("schedule", merged.schedule);
  checkFunction("onProgress", merged.onProgress);
  const history = merged.history as unknown;
  if (
    history !== undefined &&
    (typeof history !== "object" || history === null ||
      typeof (history as OperationDurationHistory).record !== "function" ||
      typeof (history as OperationDurationHistory).durationsMs !== "function" ||
      typeof (history as OperationDurationHistory).expectsProgress !== "function")
  ) {
    throw new TypeError(`Invalid wait option history: expected an OperationDurationHistory, got ${quote(history)}`);
  }
  return merged;
}

function checkNumber(name: string, value: unknown, min: number, max: number, unit: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    const range = min === Number.MIN_VALUE ? `> 0 and <= ${max}` : `between ${min} and ${max}`;
    throw new RangeError(`Invalid wait option ${name}: expected a number ${range}${unit ? ` ${unit}` : ""}, got ${quote(value)}`);
  }
}

function checkFunction(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== "function") {
    throw new TypeError(`Invalid wait option ${name}: expected a function, got ${quote(value)}`);
  }
}

function quote(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value == null) return String(value);
  if (typeof value === "function") return "a function";
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
