/** Operations: submitted now, finished by a Timeline event, viewed from the server clock. */
import { randomUUID } from "crypto";
import type { Operation, OperationLogItem } from "../provider/toloka/types";
import type { Timeline } from "./Timeline";
import { operationView, type OperationViewOptions } from "./operationView";

export interface OperationResult {
  status: "SUCCESS" | "FAIL";
  details: Record<string, unknown>;
  log: OperationLogItem[];
}

export interface OperationRecord {
  id: string;
  /** 1, 2, 3... in submit order. */
  seq: number;
  type: string;
  parameters: Record<string, unknown>;
  submittedMs: number;
  startedMs: number;
  /** When it is due to finish; a hanging operation never does. */
  finishMs: number;
  progressModel: "linear" | "jump";
  hangs: boolean;
  /** A fault rule gave this operation's log: it is shown whatever `operationLogs` says. */
  explicitLog: boolean;
  result?: OperationResult & { finishedMs: number };
}

export interface OperationSpec {
  type: string;
  parameters: Record<string, unknown>;
  submittedMs: number;
  durationMs: number;
  pendingMs: number;
  progressModel: "linear" | "jump";
  /** complete: run `complete` when due; fail: end in FAIL with `failLog`; hang: never finish. */
  outcome: "complete" | "fail" | "hang";
  failLog?: OperationLogItem[];
  /** Applies the operation's effect at its finish time and says how it ended. */
  complete: (at: number) => OperationResult;
}

export class OperationBook {
  private readonly records = new Map<string, OperationRecord>();
  private seq = 0;

  /** `newId`: the id of the next operation (UUIDs by default); `viewOptions`: how operations are shown. */
  constructor(
    private readonly timeline: Timeline,
    private readonly newId: () => string = randomUUID,
    private readonly viewOptions?: () => OperationViewOptions,
  ) {}

  /** The seq the next operation will get (for per-operation durations). */
  nextSeq(): number {
    return this.seq + 1;
  }

  submit(spec: OperationSpec): OperationRecord {
    const duration = Math.max(0, spec.durationMs);
    const record: OperationRecord = {
      id: this.newId(),
      seq: ++this.seq,
      type: spec.type,
      parameters: { ...spec.parameters },
      submittedMs: spec.submittedMs,
      startedMs: spec.submittedMs + Math.min(Math.max(0, spec.pendingMs), duration),
      finishMs: spec.submittedMs + duration,
      progressModel: spec.progressModel,
      hangs: spec.outcome === "hang",
      explicitLog: spec.failLog !== undefined,
    };
    this.records.set(record.id, record);
    if (spec.outcome !== "hang") {
      this.timeline.schedule(record.finishMs, (at) => {
        const result = spec.outcome === "fail" ? injectedFailure(spec) : spec.complete(at);
        record.result = { ...result, finishedMs: at };
      });
    }
    return record;
  }

  get(id: string): OperationRecord | undefined {
    return this.records.get(id);
  }

  /** All records in submit order. */
  all(): OperationRecord[] {
    return [...this.records.values()];
  }

  view(record: OperationRecord, now: number): Operation {
    return operationView(record, now, this.viewOptions?.());
  }

  /** The log: empty until the operation ends. */
  log(record: OperationRecord): OperationLogItem[] {
    return structuredClone(record.result?.log ?? []);
  }
}

function injectedFailure(spec: OperationSpec): OperationResult {
  const log = spec.failLog ?? [
    {
      type: spec.type.replace(".", "_"),
      success: false,
      input: { ...spec.parameters },
      output: { code: "INTERNAL_ERROR", message: "The operation failed (injected by an emulator fault rule)" },
    },
  ];
  return { status: "FAIL", details: {}, log: structuredClone(log) };
}
