/** How the emulator behaves: timing, limits, conflict answers and clock. */
import type { TimestampDigits } from "./timestamps";

export interface CloneQuotaOptions {
  /** Accepted clones allowed within `minuteWindowMs`. */
  perMinute: number;
  /** Accepted clones allowed within `dayWindowMs`. */
  perDay: number;
  /** Length of the "minute" sliding window; tests shorten it. */
  minuteWindowMs: number;
  /** Length of the "day" sliding window; tests shorten it. */
  dayWindowMs: number;
  /** Send `Retry-After` (whole seconds) with a quota 429. */
  retryAfter: boolean;
}

export interface EmulatorOptions {
  /** The only key accepted, as `ApiKey <key>` or `OAuth <key>`. */
  apiKey: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** From submit to SUCCESS/FAIL, PENDING time included. */
  operationDurationMs: number;
  /** linear: progress grows with running time; jump: 0 until done, then 100. */
  progressModel: "linear" | "jump";
  /** Time in PENDING before RUNNING, counted within the operation's duration. */
  pendingMs: number;
  /** Toloka's answer to an archive that breaks a precondition is undocumented: both are modelled. */
  archiveConflict: "409" | "operation-fail";
  /**
   * A PUT of an OPEN training or pool. "409" (default), as Toloka: it edits only a closed one
   * (fullApi.yaml: PUT /pools/{id}; /trainings/{id}/close-for-update). "accept": the lenient mode
   * of earlier emulator versions, which edits it in place.
   */
  putOnOpen: "409" | "accept";
  /**
   * The shape of new operation ids: "uuid" (default; every example in the reference) or "hex24"
   * (24 hex digits, the reference's schema example, fullApi.yaml OperationViewV1).
   */
  operationIds: "uuid" | "hex24";
  /**
   * The largest `limit` of GET /operations; above it, 400 naming `limit`. 500 by default (this
   * project's sources); the reference gives 300 as the general maximum, which the client falls back to.
   */
  maxOperationsPage: number;
  /**
   * "empty" (default): GET /operations/{id}/log answers [] for the emulator's operations (all
   * TRAINING.* and POOL.*), as the reference documents logs only for task, task-suite and bonus
   * batches. "detailed": a log entry with the input and the outcome. A fault rule's own `log` is
   * always shown.
   */
  operationLogs: "empty" | "detailed";
  /**
   * The fields of an operation. "full" (default): `progress` and `details` always, as this
   * project's seeds and fullApi.yaml's examples show them. "sdk": as toloka-kit's fixtures of
   * `POOL.*` and `TRAINING.*` operations (tests/pool/test_pool.py, tests/test_training.py), no
   * `progress`, and `details` only when it holds something (a finished clone's `training_id`).
   */
  operationFields: "full" | "sdk";
  /** Decimal digits of the second in every timestamp written from now on: 0, 3 (default) or 6, all seen in real answers. */
  timestampDigits: TimestampDigits;
  /** A pool closed for update and not opened by hand opens by itself after this (fullApi.yaml: 15 minutes). */
  poolReopenAfterUpdateMs: number;
  cloneQuota: CloneQuotaOptions;
  /** Sliding 1 s window over all requests; above it: 429 without `interval`. */
  requestsPerSecond: number;
  /** Server clock = Date.now() + clockSkewMs; timestamps and the Date header use it. */
  clockSkewMs: number;
  /** Per-operation duration override (e.g. random durations in benchmarks); seq counts from 1. */
  durationForOperation?: (type: string, seq: number) => number;
}

/** A patch of options; `cloneQuota` may be partial too. */
export type EmulatorOptionsPatch = Partial<Omit<EmulatorOptions, "cloneQuota">> & {
  cloneQuota?: Partial<CloneQuotaOptions>;
};

/** Defaults: Toloka's documented limits (20 clones a minute, 100 a day, 300 requests a second). */
export const DEFAULT_EMULATOR_OPTIONS: EmulatorOptions = Object.freeze({
  apiKey: "emulator-api-key-0123456789abcdef",
  host: "127.0.0.1",
  port: 0,
  operationDurationMs: 300,
  progressModel: "linear",
  pendingMs: 20,
  archiveConflict: "409",
  putOnOpen: "409",
  operationIds: "uuid",
  maxOperationsPage: 500,
  operationLogs: "empty",
  operationFields: "full",
  timestampDigits: 3,
  poolReopenAfterUpdateMs: 15 * 60_000,
  cloneQuota: Object.freeze({
    perMinute: 20,
    perDay: 100,
    minuteWindowMs: 60_000,
    dayWindowMs: 86_400_000,
    retryAfter: true,
  }),
  requestsPerSecond: 300,
  clockSkewMs: 0,
}) as EmulatorOptions;

/** Merges a patch over `base` and validates the result; messages quote the bad value. */
export function mergeEmulatorOptions(base: EmulatorOptions, patch: EmulatorOptionsPatch = {}): EmulatorOptions {
  const merged: EmulatorOptions = {
    ...base,
    ...stripUndefined(patch),
    cloneQuota: { ...base.cloneQuota, ...stripUndefined(patch.cloneQuota ?? {}) },
  };
  validate(merged);
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function validate(o: EmulatorOptions): void {
  if (typeof o.apiKey !== "string" || o.apiKey.trim() === "" || /\s/.test(o.apiKey)) {
    fail("apiKey", o.apiKey, "a non-empty string without spaces");
  }
  if (typeof o.host !== "string" || o.host === "") fail("host", o.host, "a host name or address");
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) fail("port", o.port, "an integer 0..65535");
  nonNegative("operationDurationMs", o.operationDurationMs);
  nonNegative("pendingMs", o.pendingMs);
  if (o.progressModel !== "linear" && o.progressModel !== "jump") {
    fail("progressModel", o.progressModel, '"linear" or "jump"');
  }
  if (o.archiveConflict !== "409" && o.archiveConflict !== "operation-fail") {
    fail("archiveConflict", o.archiveConflict, '"409" or "operation-fail"');
  }
  if (o.putOnOpen !== "409" && o.putOnOpen !== "accept") fail("putOnOpen", o.putOnOpen, '"409" or "accept"');
  if (o.operationIds !== "uuid" && o.operationIds !== "hex24") fail("operationIds", o.operationIds, '"uuid" or "hex24"');
  if (!Number.isInteger(o.maxOperationsPage) || o.maxOperationsPage < 1) fail("maxOperationsPage", o.maxOperationsPage, "an integer >= 1");
  if (o.operationLogs !== "empty" && o.operationLogs !== "detailed") fail("operationLogs", o.operationLogs, '"empty" or "detailed"');
  if (o.operationFields !== "full" && o.operationFields !== "sdk") fail("operationFields", o.operationFields, '"full" or "sdk"');
  if (o.timestampDigits !== 0 && o.timestampDigits !== 3 && o.timestampDigits !== 6) fail("timestampDigits", o.timestampDigits, "0, 3 or 6");
  positive("poolReopenAfterUpdateMs", o.poolReopenAfterUpdateMs);
  const q = o.cloneQuota;
  nonNegative("cloneQuota.perMinute", q.perMinute);
  nonNegative("cloneQuota.perDay", q.perDay);
  positive("cloneQuota.minuteWindowMs", q.minuteWindowMs);
  positive("cloneQuota.dayWindowMs", q.dayWindowMs);
  if (typeof q.retryAfter !== "boolean") fail("cloneQuota.retryAfter", q.retryAfter, "a boolean");
  positive("requestsPerSecond", o.requestsPerSecond);
  if (typeof o.clockSkewMs !== "number" || !Number.isFinite(o.clockSkewMs)) {
    fail("clockSkewMs", o.clockSkewMs, "a finite number of milliseconds");
  }
  if (o.durationForOperation !== undefined && typeof o.durationForOperation !== "function") {
    fail("durationForOperation", o.durationForOperation, "a function (type, seq) => ms");
  }
}

function nonNegative(name: string, value: unknown): void {
  if (typeof value !== "number" || !(value >= 0)) fail(name, value, "a number >= 0");
}

function positive(name: string, value: unknown): void {
  if (typeof value !== "number" || !(value > 0)) fail(name, value, "a number > 0");
}

function fail(name: string, value: unknown, expected: string): never {
  throw new TypeError(`TolokaEmulator option ${name} must be ${expected}, got ${JSON.stringify(value) ?? String(value)}`);
}
