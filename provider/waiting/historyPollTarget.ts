/**
 * Each recorded duration `d` stands for "about d": spread uniformly over [d(1 - w), d(1 + w)].
 * This keeps a history of one or two operations from being taken as exact.
 */
const DURATION_SPREAD = 0.1;
/** Evenly spaced candidate poll times (the ends of every spread duration are candidates too). */
const GRID_STEPS = 64;
/** A duration counts half as much for every this many newer ones, so the history follows change. */
const HALF_LIFE_SAMPLES = 8;

export interface HistoryPollInput {
  /** Age of the operation now: ms since it was submitted. */
  readonly ageMs: number;
  /** Durations (submitted to finished, ms) of earlier operations of the same type, oldest first. */
  readonly durationsMs: readonly number[];
  /** Whether operations of this type show a growing progress (see OperationDurationHistory). */
  readonly expectsProgress: boolean | undefined;
  /** True before the first GET. */
  readonly firstPoll: boolean;
  /** What one GET is worth, in ms of later return. */
  readonly pollCostMs: number;
}

interface Kernel {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

/**
 * The age (ms since submission) at which to poll next, from the durations of earlier operations
 * of the same type; undefined when none of them ran longer than this one has so far.
 *
 * Takes those durations (recent ones weighing more) as the distribution of this operation's
 * finish, given it is still running, and minimises the expected wait past the finish plus
 * pollCostMs x the expected GETs:
 * - progress expected (or not known yet) and no GET yet: one GET shows either the finish or a
 *   progress to extrapolate it from (one more GET, see predictFinish), so pick the best single look;
 * - otherwise: the best sequence of looks (dynamic programming over candidate times, ending at
 *   the longest duration seen), of which the first is returned. No GET goes where nothing
 *   finishes; looks are dense where many do.
 */
export function historyPollTarget(input: HistoryPollInput): number | undefined {
  const { ageMs, pollCostMs } = input;
  const newest = input.durationsMs.length - 1;
  const kernels: Kernel[] = input.durationsMs
    .map((d, i) => ({
      from: d * (1 - DURATION_SPREAD),
      to: d * (1 + DURATION_SPREAD),
      weight: 0.5 ** ((newest - i) / HALF_LIFE_SAMPLES),
    }))
    .filter((k) => k.to > ageMs);
  if (kernels.length === 0) return undefined;
  const total = kernels.reduce((sum, k) => sum + k.weight, 0);
  const end = Math.max(...kernels.map((k) => k.to));
  const times = candidateTimes(ageMs, end, kernels);
  const finished = times.map((t) => kernels.reduce((sum, k) => sum + finishedBy(k, t), 0));
  const weighted = times.map((t) => kernels.reduce((sum, k) => sum + finishTimesBy(k, t), 0));
  const alive = finished.map((f) => total - f);
  // Expected wait past the finish, over the operations finishing in (times[i], times[j]], when polled at times[j].
  const waitPast = (i: number, j: number) => times[j] * (finished[j] - finished[i]) - (weighted[j] - weighted[i]);
  const n = times.length - 1;
  if (input.firstPoll && input.expectsProgress !== false) {
    let best = 1;
    for (let j = 2; j <= n; j++) {
      if (waitPast(0, j) + pollCostMs * alive[j] < waitPast(0, best) + pollCostMs * alive[best]) best = j;
    }
    return times[best];
  }
  const cost = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    cost[i] = Infinity;
    for (let j = i + 1; j <= n; j++) {
      const c = pollCostMs * alive[i] + waitPast(i, j) + cost[j];
      if (c < cost[i]) {
        cost[i] = c;
        next[i] = j;
      }
    }
  }
  return times[next[0]];
}

function candidateTimes(from: number, to: number, kernels: readonly Kernel[]): number[] {
  const times = new Set<number>();
  for (let i = 0; i <= GRID_STEPS; i++) times.add(from + ((to - from) * i) / GRID_STEPS);
  for (const k of kernels) {
    if (k.from > from) times.add(k.from);
    times.add(k.to);
  }
  return [...times].sort((a, b) => a - b);
}

// The two below run (candidates x durations) times per call: plain comparisons, no global
// lookups (Math is slow to reach from inside a vm context, such as jest's).

/** Share of the kernel finished by `t`. */
function finishedBy(k: Kernel, t: number): number {
  return k.weight * (t <= k.from ? 0 : t >= k.to ? 1 : (t - k.from) / (k.to - k.from));
}

/** Sum of finish times of the share of the kernel finished by `t` (integral of x over it). */
function finishTimesBy(k: Kernel, t: number): number {
  const x = t <= k.from ? k.from : t >= k.to ? k.to : t;
  return (k.weight * (x * x - k.from * k.from)) / (2 * (k.to - k.from));
}
