import type { Operation } from "../toloka/types";
import { classifyOperation } from "./classifyOperation";
import { nextPollDelay } from "./nextPollDelay";
import type { PollObservation, PollState } from "./PollSchedule";
import type { Clock } from "../toloka/clock";
import type { WaitOptions } from "./WaitOptions";

export interface PollOperationDeps {
  /** GET /api/v1/operations/{id}. Its errors end the wait as they are (the HTTP client retries). */
  getOperation(id: string): Promise<Operation>;
  clock: Clock;
}

/** How a wait ended. Only throwOnWaiterResult turns it into an error. */
export interface WaiterResult {
  readonly state: "SUCCESS" | "FAILURE" | "TIMEOUT";
  /** The last operation seen: finished unless TIMEOUT. */
  readonly operation: Operation;
  /** Local ms from the start of the wait to its end. */
  readonly elapsedMs: number;
  /** GET requests made. */
  readonly polls: number;
}

/**
 * The waiting loop: sleeps as the schedule says, GETs the operation, stops when it is finished or
 * the deadline is reached. It never sleeps past the deadline: the last sleep is shortened to end
 * on it, for one last GET. Given an id, it GETs at once; given an operation, it first looks at it
 * (an operation finished already needs no GET). `options` must be resolved (resolveWaitOptions).
 * Feeds `options.history` with the finished operation.
 */
export async function pollOperation(
  initial: Operation | string,
  deps: PollOperationDeps,
  options: WaitOptions,
): Promise<WaiterResult> {
  const { clock } = deps;
  const startMs = clock.now();
  const deadlineMs = startMs + options.timeoutMs;
  const id = typeof initial === "string" ? initial : initial.id;
  const observations: PollObservation[] = [];
  const schedule = options.schedule ?? ((state: PollState) => nextPollDelay(state, options));
  let polls = 0;
  let reported: PollObservation | undefined;
  let runningWithoutProgress = false;

  const look = (operation: Operation, atMs: number): Operation => {
    const observation: PollObservation = { atMs: atMs - startMs, status: operation.status, progress: operation.progress };
    observations.push(observation);
    if (reported === undefined || reported.status !== observation.status || reported.progress !== observation.progress) {
      reported = observation;
      options.onProgress?.(operation, clock.now() - startMs);
    }
    return operation;
  };
  const get = async (): Promise<Operation> => {
    const beforeMs = clock.now();
    const operation = await deps.getOperation(id);
    polls++;
    if (typeof operation !== "object" || operation === null || typeof operation.status !== "string") {
      throw new TypeError(`getOperation("${id}") returned no operation status: ${JSON.stringify(operation)}`);
    }
    if (operation.status === "RUNNING" && !((operation.progress ?? 0) > 0)) {
      runningWithoutProgress = true;
    }
    return look(operation, (beforeMs + clock.now()) / 2);
  };

  let operation = typeof initial === "string" ? await get() : look(initial, startMs);
  const submittedAtMs = typeof initial !== "string" && looksJustSubmitted(initial) ? 0 : undefined;
  for (;;) {
    const verdict = classifyOperation(operation);
    if (verdict !== "RETRY") {
      const showedProgress = observations.some((o) => o.progress !== undefined && o.progress > 0 && o.progress < 100)
        ? true
        : runningWithoutProgress ? false : undefined;
      options.history?.record(operation, showedProgress);
      return { state: verdict, operation, elapsedMs: clock.now() - startMs, polls };
    }
    const nowMs = clock.now();
    const remainingMs = deadlineMs - nowMs;
    if (remainingMs <= 0) return { state: "TIMEOUT", operation, elapsedMs: nowMs - startMs, polls };
    const delayMs = schedule({ operation, polls, elapsedMs: nowMs - startMs, remainingMs, observations, submittedAtMs });
    if (typeof delayMs !== "number" || Number.isNaN(delayMs) || delayMs < 0) {
      throw new TypeError(`The poll schedule returned ${String(delayMs)}: expected a number of ms >= 0`);
    }
    await clock.sleep(Math.min(delayMs, remainingMs));
    operation = await get();
  }
}

/** The answer of the POST: not started, or started with no progress yet. */
function looksJustSubmitted(operation: Operation): boolean {
  return operation.status === "PENDING" || (operation.status === "RUNNING" && !((operation.progress ?? 0) > 0));
}
