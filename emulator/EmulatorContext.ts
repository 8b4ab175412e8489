/** What request handlers see: the data, the operations and the server clock. */
import type { OperationLogItem } from "../provider/toloka/types";
import type { CloneQuota } from "./CloneQuota";
import type { EmulatorOptions } from "./EmulatorOptions";
import type { EmulatorState } from "./EmulatorState";
import type { OperationBook } from "./OperationBook";
import type { RouteMatch } from "./routes";
import type { Timeline } from "./Timeline";

export interface EmulatorContext {
  readonly state: EmulatorState;
  readonly operations: OperationBook;
  readonly timeline: Timeline;
  readonly cloneQuota: CloneQuota;
  options(): EmulatorOptions;
  /** Server clock: Date.now() + clockSkewMs. */
  now(): number;
  /** A server-clock time as Toloka writes it, with the configured `timestampDigits`. */
  timestamp(epochMs: number): string;
  /** Runs everything due by the server clock's now. */
  settle(): void;
}

/** One parsed API request. */
export interface ApiRequest {
  match: RouteMatch;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
  /** Set by an `operation` fault: how the operation this request starts must end. */
  operationFault?: { outcome: "fail" | "hang"; log?: OperationLogItem[] };
}

/** What a handler answers; the server adds the Date and X-Request-Id headers. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
