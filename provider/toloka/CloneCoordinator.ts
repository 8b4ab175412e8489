import { scaleWaitMs } from "./clock";
import { KeyedMutex } from "./KeyedMutex";
import { DATE_HEADER_MARGIN_MS } from "./tolokaTime";
import type { TolokaClient } from "./TolokaClient";
import { type TolokaOutcomeUnknownError, isTolokaOutcomeUnknownError } from "./TolokaOutcomeUnknownError";
import type { Operation } from "./types";

export interface CloneCoordinatorOptions {
  /** How many times to list operations for a lost clone before resending it. */
  lookups: number;
  /** Wait before the 2nd lookup; doubles for each later one, up to `maxLookupDelayMs`. Scaled by timeScale. */
  lookupDelayMs: number;
  maxLookupDelayMs: number;
  /** Subtracted from the estimated server time of the lost request: covers the Date header's 1 s resolution. */
  safetyMarginMs: number;
  /** How many times a clone whose answer was lost, and which was not found, is sent again. */
  maxResends: number;
  /** One line per recovery step. Default: the client's log. */
  log?: (line: string) => void;
}

/** Four lookups over about 3.5 s (0, 0.5, 1, 2 s later) before a resend, at most 3 resends. */
export const DEFAULT_CLONE_COORDINATOR_OPTIONS = Object.freeze({
  lookups: 4,
  lookupDelayMs: 500,
  maxLookupDelayMs: 4_000,
  safetyMarginMs: DATE_HEADER_MARGIN_MS,
  maxResends: 3,
});

export interface CloneCallOptions {
  /** Absolute, by the client's clock. */
  deadlineMs?: number;
  /** Overrides the coordinator's log for this call. */
  log?: (line: string) => void;
}

export interface CloneResult {
  /** The TRAINING.CLONE operation; claimed by this coordinator. */
  operation: Operation;
  /** True when the answer was lost and the operation was found by listing. */
  recovered: boolean;
}

/**
 * Clones training pools without duplicates when answers get lost.
 *
 * - Clones of one source never overlap within the process (an async mutex per source), so
 *   when one is lost, every earlier clone of that source from this process is already claimed.
 * - Every operation this coordinator returns is claimed, once; `claim()` lets callers add
 *   operations they know from elsewhere (e.g. from the state of an earlier run).
 * - On TolokaOutcomeUnknownError it lists TRAINING.CLONE operations submitted since the
 *   request's estimated server time minus `safetyMarginMs`, keeps those of this source that
 *   nobody claimed, and takes the earliest. If none shows up after `lookups` looks with a
 *   growing delay (the lost request may still be in flight), it sends the clone again.
 *
 * Remaining risk: another process (another `pulumi up`, a person in the UI) cloning the same
 * source at the same moment makes an unclaimed operation this coordinator cannot tell from its
 * own; it may take that one, and the other process's clone is then the one left over. And a
 * lost request that reaches Toloka only after every lookup has given up leaves an extra clone.
 */
export class CloneCoordinator {
  private readonly options: Readonly<Omit<CloneCoordinatorOptions, "log">> & { log?: (line: string) => void };
  private readonly claimed = new Set<string>();
  private readonly mutex = new KeyedMutex();

  constructor(private readonly client: TolokaClient, options: Partial<CloneCoordinatorOptions> = {}) {
    const merged = { ...DEFAULT_CLONE_COORDINATOR_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
    for (const key of ["lookups", "maxResends"] as const) {
      if (!Number.isInteger(merged[key]) || merged[key] < 0) {
        throw new TypeError(`CloneCoordinator option ${key} must be an integer >= 0, got ${JSON.stringify(merged[key])}`);
      }
    }
    for (const key of ["lookupDelayMs", "maxLookupDelayMs", "safetyMarginMs"] as const) {
      if (typeof merged[key] !== "number" || !(merged[key] >= 0)) {
        throw new TypeError(`CloneCoordinator option ${key} must be a number >= 0, got ${JSON.stringify(merged[key])}`);
      }
    }
    this.options = merged;
  }

  /** Marks an operation as taken: it will never be returned for a lost clone. False if it already was. */
  claim(operationId: string): boolean {
    if (this.claimed.has(operationId)) return false;
    this.claimed.add(operationId);
    return true;
  }

  isClaimed(operationId: string): boolean {
    return this.claimed.has(operationId);
  }

  /** Clones `sourceId` once, recovering a lost answer instead of cloning twice. */
  cloneTraining(sourceId: string, call: CloneCallOptions = {}): Promise<CloneResult> {
    return this.mutex.runExclusive(sourceId, () => this.cloneExclusive(sourceId, call));
  }

  private log(call: CloneCallOptions, line: string): void {
    const log = call.log ?? this.options.log;
    if (log) log(line);
    else this.client.log(line);
  }

  private async cloneExclusive(sourceId: string, call: CloneCallOptions): Promise<CloneResult> {
    for (let resends = 0; ; resends += 1) {
      let lost: TolokaOutcomeUnknownError;
      try {
        const operation = await this.client.cloneTraining(sourceId, { deadlineMs: call.deadlineMs });
        this.claim(operation.id);
        return { operation, recovered: false };
      } catch (e) {
        if (!isTolokaOutcomeUnknownError(e)) throw e;
        lost = e;
      }
      const reason = (lost.cause as { message?: unknown } | undefined)?.message ?? "no answer";
      this.log(call, `the answer to the clone of training ${sourceId} was lost (${String(reason)}); looking for its operation`);
      const found = await this.findLostClone(sourceId, lost, call);
      if (found) {
        this.claim(found.id);
        this.log(call, `found clone operation ${found.id} of training ${sourceId} (submitted ${found.submitted})`);
        return { operation: found, recovered: true };
      }
      if (resends >= this.options.maxResends) throw lost;
      this.log(
        call,
        `no clone operation of training ${sourceId} appeared after ${this.options.lookups} lookups; ` +
          `the request was most likely not carried out: sending the clone again (resend ${resends + 1} of ${this.options.maxResends})`,
      );
    }
  }

  /**
   * A lookup that fails (after the client's own retries) ends the recovery with the
   * outcome-unknown error: what matters to the caller is that a clone may exist.
   */
  private async orLost<T>(lost: TolokaOutcomeUnknownError, call: CloneCallOptions, lookup: Promise<T>): Promise<T> {
    try {
      return await lookup;
    } catch (e) {
      this.log(call, `could not look for the lost clone: ${(e as { message?: unknown })?.message ?? String(e)}`);
      throw lost;
    }
  }

  /** The earliest unclaimed TRAINING.CLONE of `sourceId` since the lost request, if any. */
  private async findLostClone(
    sourceId: string,
    lost: TolokaOutcomeUnknownError,
    call: CloneCallOptions,
  ): Promise<Operation | undefined> {
    const { lookups, lookupDelayMs, maxLookupDelayMs, safetyMarginMs } = this.options;
    const clock = this.client.clock;
    let serverTimeAtSendMs = lost.serverTimeAtSendMs;
    if (serverTimeAtSendMs === undefined) {
      // No answer seen before the lost one: one cheap request learns the server's clock.
      await this.orLost(lost, call, this.client.getTraining(sourceId, { deadlineMs: call.deadlineMs }));
      serverTimeAtSendMs = this.client.serverTimeAtMs(lost.sentAtMs) ?? lost.sentAtMs;
    }
    for (let look = 1; look <= lookups; look += 1) {
      if (look > 1) {
        const waitMs = scaleWaitMs(Math.min(maxLookupDelayMs, lookupDelayMs * 2 ** (look - 2)), this.client.options.timeScale);
        if (call.deadlineMs !== undefined && clock.now() + waitMs > call.deadlineMs) throw lost;
        this.log(call, `lookup ${look} of ${lookups} for the lost clone of training ${sourceId} in ${waitMs} ms`);
        await clock.sleep(waitMs);
      }
      const operations = await this.orLost(
        lost,
        call,
        this.client.listRecentOperations("TRAINING.CLONE", sourceId, serverTimeAtSendMs - safetyMarginMs, { deadlineMs: call.deadlineMs }),
      );
      const unclaimed = operations.find((op) => !this.claimed.has(op.id));
      if (unclaimed) return unclaimed;
    }
    return undefined;
  }
}
