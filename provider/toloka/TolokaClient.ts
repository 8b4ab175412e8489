import { formatTolokaTime, parseTolokaTime } from "./tolokaTime";
import type { Clock } from "./clock";
import { scaleWaitMs } from "./clock";
import { type ResolvedClientOptions, type TolokaClientSettings, resolveClientOptions } from "./clientOptions";
import { HttpTransport, type TransportAnswer } from "./HttpTransport";
import { assertOperationId, assertTolokaId } from "./ids";
import { collectPages } from "./paginate";
import { ServerClock } from "./ServerClock";
import { SlidingWindowLimiter } from "./SlidingWindowLimiter";
import { isTolokaApiError } from "./TolokaApiError";
import { TolokaError } from "./TolokaError";
import { TolokaInputError } from "./TolokaInputError";
import { quoteValue } from "./TolokaConfigError";
import { TolokaOutcomeUnknownError } from "./TolokaOutcomeUnknownError";
import {
  type Operation,
  type OperationLogItem,
  type Pool,
  type PoolStatus,
  READ_ONLY_POOL_FIELDS,
  READ_ONLY_TRAINING_FIELDS,
  type Training,
  type TrainingStatus,
} from "./types";
import { writableBody } from "./writableBody";

/** Per-call options. */
export interface CallOptions {
  /** Absolute deadline by the client's clock (epoch ms): no attempt starts and no wait ends after it. */
  deadlineMs?: number;
}

export interface ListTrainingsFilter {
  project_id?: string;
  status?: TrainingStatus;
}

export interface ListPoolsFilter {
  project_id: string;
  status?: PoolStatus;
}

export interface ListOperationsFilter {
  /** e.g. `TRAINING.CLONE`. */
  type?: string;
  status?: Operation["status"];
  /** Toloka timestamp (UTC, no zone), e.g. `2021-02-26T10:13:32.921`. */
  submitted_gte?: string;
}

type ObjectAction = "open" | "close" | "close-for-update" | "archive";

/**
 * Page sizes: Toloka's maximums. Operations take 500 by this project's earlier sources, but
 * the reference gives 300 as the general maximum: a 400 to 500 is retried with 300 (see
 * `listOperations`).
 */
export const PAGE_LIMITS = { trainings: 300, pools: 300, operations: 500, operationsFallback: 300 } as const;

const TRAINING_STATUSES = ["OPEN", "CLOSED", "ARCHIVED", "LOCKED"];
const OPERATION_STATUSES = ["PENDING", "RUNNING", "SUCCESS", "FAIL"];

function isOperation(value: unknown): value is Operation {
  const v = value as Partial<Operation> | null;
  return !!v && typeof v === "object" && typeof v.id === "string" && typeof v.type === "string" && typeof v.status === "string";
}

/** A 400 about the `limit` query parameter (Toloka names the parameter in the payload or message). */
function refusesLimit(error: unknown): boolean {
  if (!isTolokaApiError(error) || error.status !== 400) return false;
  const payload = error.payload;
  const named = payload !== null && typeof payload === "object" && "limit" in payload;
  return named || /\blimit\b/i.test(error.apiMessage ?? "");
}

/** Refuses a bad list filter before any request. */
function checkFilter(value: unknown, allowed: readonly string[] | RegExp, what: string): void {
  if (value === undefined) return;
  const ok = typeof value === "string" && (Array.isArray(allowed) ? allowed.includes(value) : (allowed as RegExp).test(value));
  if (ok) return;
  const text = quoteValue(value, 40);
  const expected = Array.isArray(allowed) ? `one of ${allowed.join(", ")}` : `matching ${String(allowed)}`;
  throw new TolokaInputError(what, text, `${what} ${text} is not valid: expected ${expected}.`);
}

/**
 * Toloka's REST API for training pools, operations and pools. Ids are validated before any
 * request; idempotent calls are retried on transient failures; clones are paced and resent
 * only after a clear refusal (see `retryPolicy.ts`). Every method takes `{deadlineMs}` last.
 */
export class TolokaClient {
  readonly options: Readonly<Omit<ResolvedClientOptions, "apiKey">>;
  private readonly transport: HttpTransport;
  private readonly serverClock = new ServerClock();
  private readonly cloneLimiter: SlidingWindowLimiter;
  /** Lowered to PAGE_LIMITS.operationsFallback once Toloka refuses the larger page. */
  private operationsPageLimit: number = PAGE_LIMITS.operations;

  constructor(settings: TolokaClientSettings) {
    const resolved = resolveClientOptions(settings);
    const { apiKey: _apiKey, ...visible } = resolved;
    this.options = Object.freeze(visible);
    this.transport = new HttpTransport(resolved, this.serverClock);
    this.cloneLimiter = new SlidingWindowLimiter({
      limit: resolved.cloneRatePerWindow,
      windowMs: pacingWindowMs(resolved.cloneRateWindowMs, resolved.timeScale),
      clock: resolved.clock,
      log: (line) => this.transport.log(line),
    });
  }

  /** No clone is sent after this: one waiting for a pacing slot fails at once with `error`, later ones when called. */
  stopCloning(error: Error): void {
    this.cloneLimiter.close(error);
  }

  get clock(): Clock {
    return this.options.clock;
  }

  /** Logs a line through `options.log`, secrets redacted. */
  log(line: string): void {
    this.transport.log(line);
  }

  /** The server's current time, estimated from Date headers (local time before any answer). */
  serverNowMs(): number {
    const now = this.options.clock.now();
    return this.serverClock.serverTimeMs(now) ?? now;
  }

  /** The server's time at local time `localMs`; undefined before any answer. */
  serverTimeAtMs(localMs: number): number | undefined {
    return this.serverClock.serverTimeMs(localMs);
  }

  async getTraining(trainingId: string, call: CallOptions = {}): Promise<Training> {
    assertTolokaId(trainingId, "training id");
    return this.expectObject(await this.get(`/trainings/${trainingId}`, undefined, call), "GET", `/trainings/${trainingId}`) as Training;
  }

  async listTrainings(filter: ListTrainingsFilter = {}, call: CallOptions = {}): Promise<Training[]> {
    if (filter.project_id !== undefined) assertTolokaId(filter.project_id, "project id");
    checkFilter(filter.status, TRAINING_STATUSES, "training status");
    return this.listAll<Training>("/trainings", { project_id: filter.project_id, status: filter.status }, PAGE_LIMITS.trainings, call);
  }

  /**
   * PUT the whole training: every field of `training` but the read-only ones, unknown keys
   * included (Toloka resets what a PUT leaves out). Pass what GET returned, changes applied.
   * Toloka edits only a CLOSED training: see `editWhileClosed`.
   */
  async updateTraining(training: Training, call: CallOptions = {}): Promise<Training> {
    assertTolokaId(training?.id, "training id");
    const path = `/trainings/${training.id}`;
    const body = writableBody(training, READ_ONLY_TRAINING_FIELDS);
    const answer = await this.transport.request({ method: "PUT", path, body, kind: "idempotent", deadlineMs: call.deadlineMs });
    return this.expectObject(answer, "PUT", path) as Training;
  }

  /** Starts TRAINING.OPEN; undefined when already open (204). */
  openTraining(trainingId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.trainingAction(trainingId, "open", call);
  }

  /** Starts TRAINING.CLOSE; undefined when already closed (204). */
  closeTraining(trainingId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.trainingAction(trainingId, "close", call);
  }

  /** Starts TRAINING.ARCHIVE; undefined when already archived (204). */
  archiveTraining(trainingId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.trainingAction(trainingId, "archive", call);
  }

  /**
   * Closes an OPEN training so that it can be edited (fullApi.yaml, path
   * /trainings/{id}/close-for-update): a TRAINING.CLOSE operation that leaves
   * `last_close_reason: FOR_UPDATE`; undefined when already closed (204).
   */
  closeTrainingForUpdate(trainingId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.trainingAction(trainingId, "close-for-update", call);
  }

  /**
   * Starts TRAINING.CLONE. Paced by the client's limiter; resent only after a refusal (429, or
   * a connection that never opened). Throws TolokaOutcomeUnknownError when Toloka may
   * have cloned without the answer arriving: use `CloneCoordinator` to recover from that.
   */
  async cloneTraining(trainingId: string, call: CallOptions = {}): Promise<Operation> {
    assertTolokaId(trainingId, "training id");
    const path = `/trainings/${trainingId}/clone`;
    const sentAtMs = this.options.clock.now();
    const answer = await this.transport.request({
      method: "POST",
      path,
      kind: "once",
      deadlineMs: call.deadlineMs,
      beforeAttempt: async (what, deadlineMs) => {
        const grantMs = await this.cloneLimiter.acquire(what, deadlineMs);
        return () => this.cloneLimiter.refund(grantMs);
      },
    });
    if (isOperation(answer.body)) return answer.body;
    // Toloka answered 2xx, so it probably cloned, but the answer does not say which operation.
    throw new TolokaOutcomeUnknownError(
      { method: "POST", path: `/api/v1${path}`, sentAtMs, serverTimeAtSendMs: this.serverTimeAtMs(sentAtMs) },
      { cause: this.unexpected(answer, "POST", path, "an operation"), secrets: this.transport.secrets },
    );
  }

  async getOperation(operationId: string, call: CallOptions = {}): Promise<Operation> {
    assertOperationId(operationId);
    const path = `/operations/${operationId}`;
    const answer = await this.get(path, undefined, call);
    if (!isOperation(answer.body)) throw this.unexpected(answer, "GET", path, "an operation");
    return answer.body;
  }

  async getOperationLog(operationId: string, call: CallOptions = {}): Promise<OperationLogItem[]> {
    assertOperationId(operationId);
    const path = `/operations/${operationId}/log`;
    const answer = await this.get(path, undefined, call);
    if (!Array.isArray(answer.body)) throw this.unexpected(answer, "GET", path, "a list of log items");
    return answer.body as OperationLogItem[];
  }

  /** Every matching operation: pages of 500 (300 after Toloka refuses 500), sorted by id, paged by `id_gt`. */
  async listOperations(filter: ListOperationsFilter = {}, call: CallOptions = {}): Promise<Operation[]> {
    checkFilter(filter.type, /^[A-Z_]{1,40}(\.[A-Z_]{1,40})?$/, "operation type");
    checkFilter(filter.status, OPERATION_STATUSES, "operation status");
    checkFilter(filter.submitted_gte, /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$/, "submitted_gte");
    const { type, status, submitted_gte } = filter;
    const list = (limit: number) => this.listAll<Operation>("/operations", { type, status, submitted_gte }, limit, call);
    const limit = this.operationsPageLimit;
    try {
      return await list(limit);
    } catch (e) {
      if (limit === PAGE_LIMITS.operationsFallback || !refusesLimit(e)) throw e;
      this.log(`Toloka refused an operations page of ${limit}; using ${PAGE_LIMITS.operationsFallback} from now on`);
      this.operationsPageLimit = PAGE_LIMITS.operationsFallback;
      return list(PAGE_LIMITS.operationsFallback);
    }
  }

  /**
   * The operations of `type` about training or pool `objectId` submitted at or after
   * `sinceServerMs` (server time; callers move an estimate back by DATE_HEADER_MARGIN_MS),
   * oldest first: how the operation behind a lost answer is found. A `POOL.*` type matches
   * `parameters.pool_id`, any other `parameters.training_id`.
   */
  async listRecentOperations(type: string, objectId: string, sinceServerMs: number, call: CallOptions = {}): Promise<Operation[]> {
    const idParameter = type.startsWith("POOL.") ? "pool_id" : "training_id";
    assertTolokaId(objectId, idParameter === "pool_id" ? "pool id" : "training id");
    const since = formatTolokaTime(sinceServerMs);
    const operations = await this.listOperations({ type, submitted_gte: since }, call);
    const submittedMs = (op: Operation) => parseTolokaTime(op.submitted) ?? Number.NaN;
    return operations
      .filter((op) => String(op.parameters?.[idParameter]) === objectId)
      .sort((a, b) => submittedMs(a) - submittedMs(b) || a.id.localeCompare(b.id));
  }

  async getPool(poolId: string, call: CallOptions = {}): Promise<Pool> {
    assertTolokaId(poolId, "pool id");
    return this.expectObject(await this.get(`/pools/${poolId}`, undefined, call), "GET", `/pools/${poolId}`) as Pool;
  }

  async listPools(filter: ListPoolsFilter, call: CallOptions = {}): Promise<Pool[]> {
    assertTolokaId(filter?.project_id, "project id");
    checkFilter(filter.status, TRAINING_STATUSES, "pool status");
    return this.listAll<Pool>("/pools", { project_id: filter.project_id, status: filter.status }, PAGE_LIMITS.pools, call);
  }

  /**
   * PUT the whole pool: every field of `pool` but the read-only ones (READ_ONLY_POOL_FIELDS),
   * unknown keys included. Toloka edits only a pool that is not OPEN (fullApi.yaml, PUT /pools/{id}).
   */
  async updatePool(pool: Pool, call: CallOptions = {}): Promise<Pool> {
    assertTolokaId(pool?.id, "pool id");
    const path = `/pools/${pool.id}`;
    const body = writableBody(pool, READ_ONLY_POOL_FIELDS);
    const answer = await this.transport.request({ method: "PUT", path, body, kind: "idempotent", deadlineMs: call.deadlineMs });
    return this.expectObject(answer, "PUT", path) as Pool;
  }

  /** Starts POOL.OPEN; undefined when already open (204). */
  openPool(poolId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.poolAction(poolId, "open", call);
  }

  /** Starts POOL.CLOSE; undefined when already closed (204). */
  closePool(poolId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.poolAction(poolId, "close", call);
  }

  /**
   * Starts POOL.CLOSE with `last_close_reason: FOR_UPDATE` (fullApi.yaml, path
   * /pools/{id}/close-for-update); undefined when already closed (204). Toloka opens such a pool
   * again by itself after 15 minutes.
   */
  closePoolForUpdate(poolId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.poolAction(poolId, "close-for-update", call);
  }

  /** Starts POOL.ARCHIVE; undefined when already archived (204). */
  archivePool(poolId: string, call: CallOptions = {}): Promise<Operation | undefined> {
    return this.poolAction(poolId, "archive", call);
  }

  /** Every page of a list call: `sort=id`, `id_gt` = the last id seen, `limit`, filters first. */
  private listAll<T extends { id: string }>(
    path: string,
    filters: Record<string, string | undefined>,
    limit: number,
    call: CallOptions,
  ): Promise<T[]> {
    return collectPages<T>(
      async (after) => {
        const q = new URLSearchParams();
        for (const [name, value] of Object.entries(filters)) if (value !== undefined) q.set(name, value);
        q.set("sort", "id");
        if (after !== undefined) q.set("id_gt", after);
        q.set("limit", String(limit));
        return (await this.get(path, q, call)).body;
      },
      (item) => String(item.id),
      path.slice(1),
      this.transport.secrets,
    );
  }

  private get(path: string, query: URLSearchParams | undefined, call: CallOptions): Promise<TransportAnswer> {
    return this.transport.request({ method: "GET", path, query, kind: "idempotent", deadlineMs: call.deadlineMs });
  }

  private async trainingAction(trainingId: string, action: ObjectAction, call: CallOptions): Promise<Operation | undefined> {
    assertTolokaId(trainingId, "training id");
    return this.objectAction(`/trainings/${trainingId}/${action}`, call);
  }

  private async poolAction(poolId: string, action: ObjectAction, call: CallOptions): Promise<Operation | undefined> {
    assertTolokaId(poolId, "pool id");
    return this.objectAction(`/pools/${poolId}/${action}`, call);
  }

  /** A status change: an operation, or nothing when the object already has that status (204). */
  private async objectAction(path: string, call: CallOptions): Promise<Operation | undefined> {
    const answer = await this.transport.request({ method: "POST", path, kind: "idempotent", deadlineMs: call.deadlineMs });
    if (answer.status === 204 || answer.body === undefined) return undefined;
    if (!isOperation(answer.body)) throw this.unexpected(answer, "POST", path, "an operation");
    return answer.body;
  }

  private expectObject(answer: TransportAnswer, method: string, path: string): Record<string, unknown> {
    const body = answer.body;
    if (body === null || typeof body !== "object" || Array.isArray(body)) throw this.unexpected(answer, method, path, "an object");
    return body as Record<string, unknown>;
  }

  private unexpected(answer: TransportAnswer, method: string, path: string, expected: string): TolokaError {
    const shown = JSON.stringify(answer.body) ?? "nothing";
    return new TolokaError(
      `Toloka answered ${answer.status} to ${method} /api/v1${path} with ${shown.slice(0, 200)} instead of ${expected}. ` +
        "Check baseUrl points at the Toloka API.",
      { secrets: this.transport.secrets },
    );
  }
}

/**
 * The pacing window: Toloka's, plus a margin. The server counts a clone when it arrives, the
 * limiter when it leaves, so with equal windows a request that travels faster than the one it
 * replaces arrives while the server still counts the old one.
 */
export function pacingWindowMs(windowMs: number, timeScale: number): number {
  if (windowMs <= 0) return 0;
  return scaleWaitMs(windowMs + Math.max(50, windowMs * 0.02), timeScale);
}
