import type { Operation, OperationStatus } from "../toloka/types";

/** One look at the operation: the one passed in, or the answer to one GET. */
export interface PollObservation {
  /** Local time of the look, ms since the wait began: 0 for the operation passed in, the middle of the GET otherwise. */
  readonly atMs: number;
  readonly status: OperationStatus;
  /** Toloka's integer progress, 0-100, when the answer had one. */
  readonly progress: number | undefined;
}

/** What a schedule knows when it decides how long to sleep before the next GET. */
export interface PollState {
  /** The latest operation seen (never finished: the loop stops at a finished one). */
  readonly operation: Operation;
  /** GET requests made so far. */
  readonly polls: number;
  /** Local ms since the wait began. */
  readonly elapsedMs: number;
  /** Local ms left until the deadline (the loop never sleeps past it). */
  readonly remainingMs: number;
  /** Every look so far, oldest first; the last one describes `operation`. */
  readonly observations: readonly PollObservation[];
  /**
   * When the operation was submitted, on the same local scale as `elapsedMs`: 0 when the wait
   * began with a freshly submitted operation (the answer of the POST), undefined when unknown
   * (the wait began with an id, or with an operation already under way).
   */
  readonly submittedAtMs: number | undefined;
}

/**
 * A polling policy: how many ms to sleep before the next GET. The loop owns the deadline: it
 * shortens a sleep that would pass it, so a schedule need not look at `remainingMs`.
 * Must return a number >= 0 (Infinity means "until the deadline").
 */
export type PollSchedule = (state: PollState) => number;
