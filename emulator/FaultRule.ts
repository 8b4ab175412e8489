/** Fault rules: scripted misbehaviour of the emulated API, matched per request. */
import type { OperationLogItem } from "../provider/toloka/types";

export type RouteName =
  | "trainings.get"
  | "trainings.list"
  | "trainings.update"
  | "trainings.open"
  | "trainings.close"
  | "trainings.closeForUpdate"
  | "trainings.archive"
  | "trainings.clone"
  | "operations.get"
  | "operations.list"
  | "operations.log"
  | "pools.get"
  | "pools.list"
  | "pools.create"
  | "pools.update"
  | "pools.patch"
  | "pools.open"
  | "pools.close"
  | "pools.closeForUpdate"
  | "pools.archive"
  | "*";

/** What a matching request gets. */
export type Fault =
  /** Answered instead of the request; nothing is applied. */
  | {
      kind: "status";
      status: number;
      retryAfterSeconds?: number;
      code?: string;
      payload?: Record<string, unknown>;
      /** toloka (default): a Toloka error body; html: an HTML page; malformed: broken JSON; empty: no body. */
      body?: "toloka" | "empty" | "html" | "malformed";
    }
  /** A quota 429 with payload {interval, limit}; nothing is applied. `limit` defaults from cloneQuota. */
  | { kind: "quota"; interval: "MIN" | "HOUR" | "DAY"; retryAfterSeconds?: number; limit?: number }
  /** The socket is destroyed without an answer; nothing is applied. */
  | { kind: "reset" }
  /** The request IS applied, then the answer is lost: reset, never answered, or that status. */
  | { kind: "lost"; after: "reset" | "hang" | 500 | 502 | 503 | 504 }
  /** Handled normally, but only after `ms`. */
  | { kind: "delay"; ms: number }
  /** Applied normally; the operation it starts ends in FAIL (with `log`) or never finishes. */
  | { kind: "operation"; outcome: "fail" | "hang"; log?: OperationLogItem[] };

export interface FaultRule {
  route: RouteName;
  /** Only this HTTP method (case-insensitive). */
  method?: string;
  /** Only requests whose path names this training id. */
  trainingId?: string;
  /** How many times the rule fires; default 1, Infinity allowed. */
  times?: number;
  /** Chance that a matching request takes the fault; default 1. */
  probability?: number;
  /** Seed of the rule's own PRNG, so probabilistic runs repeat; default 1. */
  seed?: number;
  fault: Fault;
}
