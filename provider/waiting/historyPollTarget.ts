/**
 * Each recorded duration `d` stands for "about d": spread uniformly over [d(1 - w), d(1 + w)].
 * This keeps a history of one or two operations from being taken as exact.
 */
const DURATION_SPREAD = 0.1;

export interface HistoryPollInput {
  /** Age of the operation now: ms since it was submitted. */
  readonly ageMs: number;
  /** Durations (submitted to finished, ms) of earlier operations of the same type. */
  readonly durationsMs: readonly number[];
  /** Whether operations of this type show a growing progress (see OperationDurationHistory). */
  readonly expectsProgress: boolean | undefined;
  /** True before the first GET. */
  readonly firstPoll: boolean;
  /** What one GET is worth, in ms of later return. */
  readonly pollCostMs: number;
}

/**
 * The age (ms since submission) at which to poll next, from the durations of earlier operations
 * of the same type; undefined when none of them ran longer than this one has so far.
 *
 * - Nothing finished before the earliest of them: no GET is spent before it.
 * - Progress expected (or not known yet), first GET: poll `pollCostMs` after the earliest finish. Either the
 *   operation is done (a short wait) or its progress gives the finish (one more GET). For
 *   uniformly spread durations this minimises wait + pollCostMs x GETs.
 * - Otherwise the gap follows the chance of finishing: gap = sqrt(2 pollCostMs / hazard), with
 *   1 / hazard taken as twice the mean remaining time of the operations still running at that age
 *   (exact for uniformly spread durations). Dense where operations finish, sparse elsewhere.
 */
export function historyPollTarget(input: HistoryPollInput): number | undefined {
  const { ageMs, pollCostMs } = input;
  const kernels = input.durationsMs
    .map((d) => ({ from: d * (1 - DURATION_SPREAD), to: d * (1 + DURATION_SPREAD) }))
    .filter((k) => k.to > ageMs);
  if (kernels.length === 0) return undefined;
  const start = Math.max(ageMs, Math.min(...kernels.map((k) => k.from)));
  // Unknown counts as "may show progress": the early look is how the history learns which it is.
  if (input.firstPoll && input.expectsProgress !== false) return start + pollCostMs;
  let mass = 0;
  let residual = 0;
  for (const k of kernels) {
    if (start <= k.from) {
      mass += 1;
      residual += (k.from + k.to) / 2 - start;
    } else if (start < k.to) {
      const m = (k.to - start) / (k.to - k.from);
      mass += m;
      residual += (m * (k.to - start)) / 2;
    }
  }
  if (!(mass > 0)) return undefined;
  const meanRemainingMs = residual / mass;
  return start + 2 * Math.sqrt(pollCostMs * meanRemainingMs);
}
