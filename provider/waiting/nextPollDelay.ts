import { historyPollTarget } from "./historyPollTarget";
import type { OperationDurationHistory } from "./OperationDurationHistory";
import { parseTolokaTime } from "../toloka/tolokaTime";
import type { PollState } from "./PollSchedule";
import { predictFinish, type FinishPrediction } from "./predictFinish";

/** Tuning of the adaptive schedule. All times in ms. */
export interface PollScheduleOptions {
  /** First sleep when nothing is known about the operation's type yet (the official SDK's). */
  firstDelayMs: number;
  /** Sleep between GETs when nothing is known (the official SDK's), until backoffRatio makes it longer. */
  intervalMs: number;
  /** Shortest sleep between two GETs. */
  minDelayMs: number;
  /** Longest sleep between two GETs: bounds the cost of a wrong prediction. */
  maxDelayMs: number;
  /** With nothing to go on, sleep at least this fraction of the operation's age (back off on long waits). */
  backoffRatio: number;
  /**
   * What one GET is worth in ms of later return: the schedule spends a GET only where it expects
   * to return at least this much sooner. Higher: fewer GETs, later returns.
   */
  pollCostMs: number;
  /** How far after the latest predicted finish the aimed poll lands. */
  finishMarginMs: number;
}

export const DEFAULT_POLL_SCHEDULE_OPTIONS: Readonly<PollScheduleOptions> = {
  firstDelayMs: 500,
  intervalMs: 1000,
  minDelayMs: 50,
  maxDelayMs: 5_000,
  backoffRatio: 0.05,
  pollCostMs: 125,
  finishMarginMs: 20,
};

/** Where, between now and the earliest predicted finish, a look that narrows the prediction goes. */
const REFINE_FRACTION = 0.8;
/** While progress stands still, sleep at least this fraction of how long it has (a stall is not a finish). */
const STALL_BACKOFF = 0.5;

/**
 * The adaptive schedule: ms to sleep before the next GET. In order of preference:
 * 1. progress > 0: extrapolate the finish (see predictFinish) and poll just after its latest
 *    bound, or first take one more look before its earliest bound when that narrows the range
 *    by more than `pollCostMs` of expected waiting; while progress stands still, back off;
 * 2. earlier operations of the same type (`history`): poll where they finished (see historyPollTarget);
 *    once it has run longer than all of them, it is late: fall back to the SDK's cadence (3.), so a
 *    history that only saw the early finishers of a batch never waits longer than the SDK would;
 * 3. nothing known: the official SDK's `firstDelayMs` then `intervalMs` (without information no
 *    schedule beats it on both wait and GETs), backing off to `backoffRatio` x the age on long waits.
 * Clamped to [minDelayMs, maxDelayMs]; the loop shortens the last sleep to the deadline.
 */
export function nextPollDelay(
  state: PollState,
  options: PollScheduleOptions & { history?: OperationDurationHistory },
): number {
  const now = state.elapsedMs;
  const target = predictedTarget(state, options) ?? historyTarget(state, options) ?? coldTarget(state, options);
  return Math.min(Math.max(target - now, options.minDelayMs), options.maxDelayMs);
}

/** Local time progress started at: submission plus the server's own PENDING time. */
function anchorMs(state: PollState): number | undefined {
  if (state.submittedAtMs === undefined) return undefined;
  const submitted = parseTolokaTime(state.operation.submitted);
  const started = parseTolokaTime(state.operation.started);
  const pendingMs = submitted !== undefined && started !== undefined ? Math.max(0, started - submitted) : 0;
  return state.submittedAtMs + pendingMs;
}

function predictedTarget(state: PollState, options: PollScheduleOptions): number | undefined {
  const prediction = predictFinish(state.observations, anchorMs(state));
  if (prediction === undefined) return undefined;
  const target = refineTarget(prediction, state.elapsedMs, options) ?? prediction.latestMs + options.finishMarginMs;
  return Math.max(target, state.elapsedMs + STALL_BACKOFF * stalledMs(state));
}

/** How long the progress has shown the same value, ms. */
function stalledMs(state: PollState): number {
  const looks = state.observations;
  const last = looks[looks.length - 1];
  let since = last.atMs;
  for (let i = looks.length - 2; i >= 0 && looks[i].progress === last.progress; i--) since = looks[i].atMs;
  return state.elapsedMs - since;
}

/** A look before the earliest finish, if it is worth a GET; undefined to aim at the finish. */
function refineTarget(p: FinishPrediction, now: number, options: PollScheduleOptions): number | undefined {
  const at = now + REFINE_FRACTION * (p.earliestMs - now);
  if (at - now < options.minDelayMs) return undefined;
  const spread = p.latestMs - p.earliestMs;
  const spreadAfter = (spread * (now - p.referenceMs)) / (at - p.referenceMs);
  // Aiming at the latest bound overshoots by about half the spread on average.
  return (spread - spreadAfter) / 2 > options.pollCostMs ? at : undefined;
}

function historyTarget(
  state: PollState,
  options: PollScheduleOptions & { history?: OperationDurationHistory },
): number | undefined {
  if (options.history === undefined || state.submittedAtMs === undefined) return undefined;
  const type = state.operation.type;
  const durationsMs = options.history.durationsMs(type);
  if (durationsMs.length === 0) return undefined;
  const ageMs = state.elapsedMs - state.submittedAtMs;
  const ageTarget = historyPollTarget({
    ageMs,
    durationsMs,
    expectsProgress: options.history.expectsProgress(type),
    firstPoll: state.polls === 0,
    pollCostMs: options.pollCostMs,
  });
  return ageTarget === undefined ? cadenceTarget(state, options) : state.submittedAtMs + ageTarget;
}

function coldTarget(state: PollState, options: PollScheduleOptions): number {
  if (state.polls === 0) return state.elapsedMs + options.firstDelayMs;
  return cadenceTarget(state, options);
}

/** The SDK's `intervalMs`, backing off to `backoffRatio` x the age on long waits. */
function cadenceTarget(state: PollState, options: PollScheduleOptions): number {
  const ageMs = state.elapsedMs - (state.submittedAtMs ?? 0);
  return state.elapsedMs + Math.max(options.intervalMs, options.backoffRatio * ageMs);
}
