import type { Operation } from "../toloka/types";
import { parseTolokaTime } from "../toloka/tolokaTime";

/** One finished operation, as the history keeps it. */
export interface OperationDurationSample {
  readonly operationId: string;
  readonly type: string;
  /** Server time from `submitted` to `finished`, ms. */
  readonly durationMs: number;
  /**
   * Whether a waiter saw a progress strictly between 0 and 100 while it ran: true, false (it saw
   * it running, always at 0 or without progress), or undefined (it never saw it running).
   */
  readonly showedProgress: boolean | undefined;
}

export interface OperationDurationHistoryOptions {
  /** Most recent samples kept per operation type. */
  maxSamplesPerType: number;
}

export const DEFAULT_OPERATION_DURATION_HISTORY_OPTIONS: Readonly<OperationDurationHistoryOptions> = {
  maxSamplesPerType: 50,
};

/**
 * How long earlier operations of each type took, in this process. A waiter reads it to know when
 * an operation is likely to finish and feeds it with every operation it sees finish. Built only
 * from what the real API returns (`type`, `submitted`, `finished`, `progress`).
 * Plain fields only (no Map, no #private), so it survives Pulumi's closure serialization.
 */
export class OperationDurationHistory {
  private readonly maxSamplesPerType: number;
  private samplesList: OperationDurationSample[] = [];

  constructor(options: Partial<OperationDurationHistoryOptions> = {}) {
    const max = options.maxSamplesPerType ?? DEFAULT_OPERATION_DURATION_HISTORY_OPTIONS.maxSamplesPerType;
    if (!Number.isInteger(max) || max < 1) {
      throw new RangeError(`Invalid history option maxSamplesPerType: expected an integer >= 1, got ${String(max)}`);
    }
    this.maxSamplesPerType = max;
  }

  /**
   * Records a finished operation (SUCCESS or FAIL: either ends a wait). Returns false and records
   * nothing when it is not finished, lacks `submitted`/`finished`, or was recorded already.
   */
  record(operation: Operation, showedProgress?: boolean): boolean {
    if (operation.status !== "SUCCESS" && operation.status !== "FAIL") return false;
    const submitted = parseTolokaTime(operation.submitted);
    const finished = parseTolokaTime(operation.finished);
    if (submitted === undefined || finished === undefined || finished < submitted) return false;
    if (this.samplesList.some((s) => s.operationId === operation.id)) return false;
    this.samplesList.push({
      operationId: operation.id,
      type: operation.type,
      durationMs: finished - submitted,
      showedProgress,
    });
    const ofType = this.samplesList.filter((s) => s.type === operation.type);
    if (ofType.length > this.maxSamplesPerType) {
      const oldest = ofType[0];
      this.samplesList = this.samplesList.filter((s) => s !== oldest);
    }
    return true;
  }

  /** Samples of one type, oldest first. */
  samples(type: string): readonly OperationDurationSample[] {
    return this.samplesList.filter((s) => s.type === type);
  }

  /** Durations (ms) of the recorded operations of one type, oldest first. */
  durationsMs(type: string): number[] {
    return this.samples(type).map((s) => s.durationMs);
  }

  /**
   * Whether operations of this type usually report a growing progress while they run:
   * undefined when no recorded operation of the type was seen running.
   */
  expectsProgress(type: string): boolean | undefined {
    let yes = 0;
    let no = 0;
    for (const s of this.samples(type)) {
      if (s.showedProgress === true) yes++;
      else if (s.showedProgress === false) no++;
    }
    return yes + no === 0 ? undefined : yes > no;
  }
}
