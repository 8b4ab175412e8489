/**
 * What the contract cases run against: the emulator or real Toloka, reached the same way (a base
 * URL and a key). Reads go through `read` (the provider's own client, typed read-only); every
 * write goes through this class, which checks the object is one the run created and registers
 * what it creates, so `cleanupContractRun` can archive it. Under it all, `guardedFetch` refuses
 * any other write before it is sent.
 */
import { randomUUID } from "crypto";
import { CloneCoordinator } from "../../provider/toloka/CloneCoordinator";
import type { FetchLike } from "../../provider/toloka/FetchLike";
import { TolokaClient } from "../../provider/toloka/TolokaClient";
import type { Operation, Pool, Training } from "../../provider/toloka/types";
import { waitForOperation } from "../../provider/waiting";
import { ContractGuard, DEFAULT_MAX_CLONES } from "./ContractGuard";
import { ContractGuardError } from "./ContractGuardError";
import { ContractHttp, type RawAnswer } from "./ContractHttp";
import { guardedFetch, type Drawn429 } from "./guardedFetch";
import { linkedPoolForm } from "./linkedPoolForm";

export interface ContractTargetSettings {
  /** Shown in reports, e.g. "emulator" or "https://sandbox.toloka.dev". */
  label: string;
  baseUrl: string;
  apiKey: string;
  /** The training the run reads and clones; never changed. */
  sourceTrainingId: string;
  /** Default 5. */
  maxClones?: number;
  /** Each wait for an operation. Default 5 minutes. */
  operationTimeoutMs?: number;
  /** The client's timeScale (waits between retries). Default 1. */
  timeScale?: number;
  /** Names what the run creates. Default: random. */
  runId?: string;
  /** The fetch under the guard. Default: node-fetch. */
  fetch?: FetchLike;
  log?: (line: string) => void;
}

/** The provider client's read calls: what cases may call directly. */
export type ContractReader = Pick<
  TolokaClient,
  "getTraining" | "listTrainings" | "getOperation" | "getOperationLog" | "listOperations" | "listRecentOperations" | "getPool" | "listPools" | "serverNowMs"
>;

export interface MadeClone {
  operation: Operation;
  training: Training;
}

/** The name of every pool a run creates: cleanup also finds a pool whose creation answer was lost by it. */
export function contractPoolName(runId: string): string {
  return `pulumi-toloka contract ${runId}`;
}

export class ContractTarget {
  readonly label: string;
  readonly sourceTrainingId: string;
  readonly runId: string;
  readonly guard: ContractGuard;
  /** Every 429 answered during the run. */
  readonly drawn429s: Drawn429[] = [];
  /** The provider's client, for reads. */
  readonly read: ContractReader;
  /** Raw answers for GETs (one page of a listing). */
  readonly raw: Pick<ContractHttp, "request">;
  readonly operationTimeoutMs: number;
  /** The client itself: only ContractTarget's methods write with it. */
  protected readonly client: TolokaClient;
  private readonly http: ContractHttp;
  private readonly coordinator: CloneCoordinator;
  private readonly settings: ContractTargetSettings;
  private readonly fetch: FetchLike;

  constructor(settings: ContractTargetSettings) {
    this.settings = settings;
    this.label = settings.label;
    this.sourceTrainingId = settings.sourceTrainingId;
    this.runId = settings.runId ?? randomUUID().slice(0, 8);
    this.operationTimeoutMs = settings.operationTimeoutMs ?? 300_000;
    this.guard = new ContractGuard(settings.sourceTrainingId, settings.maxClones ?? DEFAULT_MAX_CLONES);
    this.fetch = guardedFetch(this.guard, this.drawn429s, settings.fetch);
    this.client = this.clientWithKey(settings.apiKey);
    this.read = this.client;
    this.http = new ContractHttp(settings.baseUrl, settings.apiKey, this.fetch);
    this.raw = { request: (method, path, options) => {
      if (method !== "GET") throw new ContractGuardError(`target.raw is for reads; got ${method} ${path}`);
      return this.http.request(method, path, options);
    } };
    this.coordinator = new CloneCoordinator(this.client);
  }

  /** A client with another key (the 401 case), behind the same guard. */
  clientWithKey(apiKey: string): TolokaClient {
    return new TolokaClient({
      baseUrl: this.settings.baseUrl,
      apiKey,
      fetch: this.fetch,
      timeScale: this.settings.timeScale ?? 1,
      log: this.settings.log,
    });
  }

  log(line: string): void {
    this.settings.log?.(line);
  }

  /** Awaits an operation; throws OperationFailedError on FAIL. */
  await(operation: Operation, what: string): Promise<Operation> {
    this.log(`awaiting ${what} (operation ${operation.id})`);
    return waitForOperation(
      operation,
      { getOperation: (id) => this.client.getOperation(id), getOperationLog: (id) => this.client.getOperationLog(id), clock: this.client.clock },
      { timeoutMs: this.operationTimeoutMs },
    );
  }

  /** Clones the source (counted against maxClones), awaits it, and returns the clone as read back. */
  async cloneSource(): Promise<MadeClone> {
    const release = this.guard.startClone();
    let operation: Operation;
    try {
      operation = (await this.coordinator.cloneTraining(this.sourceTrainingId)).operation;
      this.guard.pendingCloneOperations.add(operation.id);
    } finally {
      release();
    }
    const done = await this.await(operation, `clone of training ${this.sourceTrainingId}`);
    const id = String(done.details?.training_id ?? "");
    if (!/^\d+$/.test(id)) throw new Error(`Clone operation ${done.id} succeeded without details.training_id (got ${JSON.stringify(done.details)})`);
    this.guard.registerTraining(id);
    this.guard.pendingCloneOperations.delete(operation.id);
    this.log(`cloned training ${this.sourceTrainingId} into ${id}`);
    return { operation: done, training: await this.client.getTraining(id) };
  }

  /** PUT /trainings/{id} with the provider's own client. */
  async updateTraining(training: Training): Promise<Training> {
    this.guard.requireTraining(training.id, "update");
    return this.client.updateTraining(training);
  }

  async openTraining(id: string): Promise<Operation | undefined> {
    this.guard.requireTraining(id, "open");
    return this.client.openTraining(id);
  }

  /** fullApi.yaml, path /trainings/{id}/close-for-update. */
  async closeTrainingForUpdate(id: string): Promise<Operation | undefined> {
    this.guard.requireTraining(id, "close for update");
    return this.client.closeTrainingForUpdate(id);
  }

  async closeTraining(id: string): Promise<Operation | undefined> {
    this.guard.requireTraining(id, "close");
    return this.client.closeTraining(id);
  }

  async archiveTraining(id: string): Promise<Operation | undefined> {
    this.guard.requireTraining(id, "archive");
    return this.client.archiveTraining(id);
  }

  /**
   * A main pool (fullApi.yaml, POST /pools, schema PoolFormV1) in the clone's project whose
   * training requirement is the clone. Never opened and holding no tasks, it costs nothing.
   * A lost answer is resolved by looking the pool up by its run-specific name. The provider's
   * client has no call for this (the provider never creates pools): a raw request.
   */
  async createLinkedPool(training: Training): Promise<Pool> {
    const release = this.guard.startPoolCreate(training.id);
    const form = linkedPoolForm(training, contractPoolName(this.runId));
    let answer: RawAnswer | undefined;
    try {
      answer = await this.http.request("POST", "/pools", { body: form });
    } catch (e) {
      if (e instanceof ContractGuardError) throw e;
      this.log(`POST /pools got no answer (${(e as Error).message}); looking for the pool by name`);
    } finally {
      release();
    }
    const made = answer?.status === 201 || answer?.status === 200 ? (answer.body as Pool) : undefined;
    if (made?.id !== undefined) {
      this.guard.registerPool(String(made.id));
      return made;
    }
    const found = await this.findOwnPools();
    if (found.length > 0) return found[0];
    throw new Error(`Could not create a main pool linked to training ${training.id}: ${describeRaw(answer)}`);
  }

  /** fullApi.yaml, path /pools/{id}/close-for-update, on a pool this run created; undefined for a 204. */
  async closePoolForUpdate(poolId: string): Promise<Operation | undefined> {
    this.guard.requirePool(poolId, "close for update");
    return this.client.closePoolForUpdate(poolId);
  }

  /** POST /pools/{id}/open of a pool this run created (it holds no tasks: Toloka should refuse). */
  async openPool(poolId: string): Promise<Operation | undefined> {
    this.guard.requirePool(poolId, "open");
    return this.client.openPool(poolId);
  }

  /** PUT /pools/{id} of a pool this run created, with the provider's own client (the body as given, read-only fields left out). */
  async updatePool(pool: Pool): Promise<Pool> {
    this.guard.requirePool(String(pool.id), "update");
    return this.client.updatePool(pool);
  }

  /**
   * PATCH /pools/{id} (fullApi.yaml, schema PoolPatchFormV1: `priority`) of a pool this run
   * created. The provider never patches a pool: a raw request, the answer as it came.
   */
  async patchPool(poolId: string, body: { priority: number }): Promise<RawAnswer> {
    this.guard.requirePool(poolId, "patch");
    return this.http.request("PATCH", `/pools/${poolId}`, { body });
  }

  /** Archives a pool this run created (closing it first if it is open). Undefined when already archived. */
  async archivePool(poolId: string): Promise<Operation | undefined> {
    this.guard.requirePool(poolId, "archive");
    const pool = await this.client.getPool(poolId);
    if (pool.status === "ARCHIVED") return undefined;
    if (pool.status === "OPEN") {
      const closing = await this.client.closePool(poolId);
      if (closing) await this.await(closing, `close of pool ${poolId}`);
    }
    return this.client.archivePool(poolId);
  }

  /**
   * Unarchived pools of the source's project that this run made: its name, and linked to one of
   * its clones. Registers them (they are this run's, even if their creation answer was lost).
   */
  async findOwnPools(): Promise<Pool[]> {
    const source = await this.client.getTraining(this.sourceTrainingId);
    const pools: Pool[] = [];
    for (const status of ["OPEN", "CLOSED", "LOCKED"] as const) {
      pools.push(...(await this.client.listPools({ project_id: source.project_id, status })));
    }
    const own = pools.filter((p) =>
      p.private_name === contractPoolName(this.runId) &&
      this.guard.createdTrainings.has(String(p.quality_control?.training_requirement?.training_pool_id)));
    for (const p of own) this.guard.registerPool(String(p.id));
    return own;
  }
}

export function describeRaw(answer: RawAnswer | undefined): string {
  if (!answer) return "no answer";
  return `${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300) ?? ""}`;
}
