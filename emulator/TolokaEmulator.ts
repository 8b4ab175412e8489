/** A local HTTP server that behaves like Toloka's REST API for training pools, operations and pools. */
import { randomBytes, randomUUID } from "crypto";
import { createServer, type Server } from "http";
import type { AddressInfo, Socket } from "net";
import type { Operation, Pool, PoolStatus, Training, TrainingStatus } from "../provider/toloka/types";
import { CancellableSleeps } from "./CancellableSleeps";
import { CloneQuota } from "./CloneQuota";
import type { EmulatorContext } from "./EmulatorContext";
import { DEFAULT_EMULATOR_OPTIONS, mergeEmulatorOptions, type EmulatorOptions, type EmulatorOptionsPatch } from "./EmulatorOptions";
import { EmulatorState, type Project } from "./EmulatorState";
import type { EmulatorStats } from "./EmulatorStats";
import { FaultBook } from "./FaultBook";
import type { FaultRule } from "./FaultRule";
import { handleRequest, type PipelineDeps } from "./handleRequest";
import { OperationBook } from "./OperationBook";
import type { RequestLogEntry } from "./RequestLogEntry";
import { RequestRateLimit } from "./RequestRateLimit";
import { Timeline } from "./Timeline";
import { tolokaTimestamp } from "./timestamps";

export class TolokaEmulator {
  /** Every request received, in order. */
  requests: RequestLogEntry[] = [];
  private currentOptions: EmulatorOptions;
  private readonly state = new EmulatorState((ms) => tolokaTimestamp(ms, this.currentOptions.timestampDigits));
  private readonly timeline = new Timeline();
  private readonly ops = new OperationBook(
    this.timeline,
    () => (this.currentOptions.operationIds === "hex24" ? randomBytes(12).toString("hex") : randomUUID()),
    () => ({ fields: this.currentOptions.operationFields, digits: this.currentOptions.timestampDigits }),
  );
  private readonly faults = new FaultBook();
  private readonly ctx: EmulatorContext;
  private readonly deps: PipelineDeps;
  private readonly counters: EmulatorStats = { cloneRequests: 0, clones429: 0, total429: 0 };
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly sleeps = new CancellableSleeps();
  private url = "";
  private closing?: Promise<void>;

  static async start(options: EmulatorOptionsPatch = {}): Promise<TolokaEmulator> {
    const emulator = new TolokaEmulator(mergeEmulatorOptions(DEFAULT_EMULATOR_OPTIONS, options));
    await emulator.listen();
    return emulator;
  }

  private constructor(options: EmulatorOptions) {
    this.currentOptions = options;
    this.ctx = {
      state: this.state,
      operations: this.ops,
      timeline: this.timeline,
      cloneQuota: new CloneQuota(() => this.currentOptions.cloneQuota),
      options: () => this.currentOptions,
      now: () => this.now(),
      timestamp: (ms) => tolokaTimestamp(ms, this.currentOptions.timestampDigits),
      settle: () => this.settle(),
    };
    this.deps = {
      ctx: this.ctx,
      faults: this.faults,
      rateLimit: new RequestRateLimit(() => this.currentOptions.requestsPerSecond),
      record: (entry) => this.requests.push(entry),
      stats: this.counters,
      sleep: (ms) => this.sleeps.sleep(ms),
    };
    this.server = createServer((req, res) => {
      handleRequest(this.deps, req, res).catch(() => res.destroy());
    });
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  /** e.g. "http://127.0.0.1:41234"; the API is under /api/v1. */
  get baseUrl(): string {
    return this.url;
  }

  get apiKey(): string {
    return this.currentOptions.apiKey;
  }

  get options(): EmulatorOptions {
    return this.currentOptions;
  }

  /** Changes behaviour on the fly; host and port only apply at start. */
  setOptions(patch: EmulatorOptionsPatch): void {
    for (const fixed of ["host", "port"] as const) {
      if (patch[fixed] !== undefined && patch[fixed] !== this.currentOptions[fixed]) {
        throw new TypeError(`TolokaEmulator: ${fixed} cannot change after start (got ${JSON.stringify(patch[fixed])}); start another emulator`);
      }
    }
    this.currentOptions = mergeEmulatorOptions(this.currentOptions, patch);
  }

  /** Closes the server and every socket (hanging ones too) and cancels pending delays. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.sleeps.cancelAll();
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
    return this.closing;
  }

  // Seeding and inspection: direct, no HTTP. Each first applies what is due by the server clock.

  addProject(fields: Partial<Project> = {}): Project {
    this.settle();
    return this.state.addProject(fields);
  }

  /** Seeds a training (status CLOSED unless given). `foreign: true` makes it another account's. */
  addTraining(fields: Partial<Training> & { project_id: string }): Training {
    this.settle();
    return this.state.addTraining(fields, this.now());
  }

  /**
   * Seeds a pool (status OPEN unless given) with the fields a real pool carries (fullApi.yaml's
   * pool example, toloka-kit's tests/pool/conftest.py: `defaults`, `will_expire`, `filter`,
   * `quality_control.configs`...), `fields` over them (shallow: a given `quality_control`
   * replaces the default one). It holds tasks (see setPoolHasTasks).
   */
  addPool(fields: Partial<Pool> & { project_id: string }): Pool {
    this.settle();
    return this.state.addPool(fields, this.now());
  }

  /** A snapshot: change a training with updateTraining or setTrainingStatus, not through this. */
  training(id: string): Readonly<Training> | undefined {
    this.settle();
    const t = this.state.trainings.get(id);
    return t && structuredClone(t);
  }

  /** Snapshots, by id. */
  trainings(): Readonly<Training>[] {
    this.settle();
    return [...this.state.trainings.values()].sort((a, b) => Number(a.id) - Number(b.id)).map((t) => structuredClone(t));
  }

  /** A snapshot: change a pool with setPoolStatus, not through this. */
  pool(id: string): Readonly<Pool> | undefined {
    this.settle();
    const p = this.state.pools.get(id);
    return p && structuredClone(p);
  }

  /** Sets a status; with forMs it lasts that long (server clock), then the previous status returns. */
  setTrainingStatus(id: string, status: TrainingStatus, opts: { forMs?: number } = {}): void {
    this.settle();
    const training = this.state.trainingOrThrow(id);
    const previous = training.status;
    training.status = status;
    const key = `status:${id}`;
    this.timeline.cancel(key);
    if (opts.forMs !== undefined) {
      this.timeline.schedule(this.now() + opts.forMs, () => {
        const current = this.state.trainings.get(id);
        if (current) current.status = previous;
      }, key);
    }
  }

  setPoolStatus(id: string, status: PoolStatus): void {
    this.settle();
    this.state.poolOrThrow(id).status = status;
  }

  /** A change made outside Pulumi (any field but id). */
  updateTraining(id: string, patch: Partial<Training>): void {
    this.settle();
    const training = this.state.trainingOrThrow(id);
    Object.assign(training, structuredClone(patch), { id });
  }

  /** A change of a pool made outside Pulumi (any field but id); `undefined` removes a field. */
  updatePool(id: string, patch: Partial<Pool>): void {
    this.settle();
    const pool = this.state.poolOrThrow(id);
    Object.assign(pool, structuredClone(patch), { id });
    for (const [field, value] of Object.entries(patch)) if (value === undefined) delete pool[field];
  }

  /** A pool removed outside Pulumi: GET answers 404 from now on. */
  deletePool(id: string): void {
    this.settle();
    this.state.poolOrThrow(id);
    this.state.pools.delete(id);
    this.state.emptyPools.delete(id);
  }

  /** Removed outside Pulumi: GET answers 404 from now on. */
  deleteTraining(id: string): void {
    this.settle();
    this.state.trainingOrThrow(id);
    this.state.trainings.delete(id);
    this.state.foreign.delete(id);
  }

  /**
   * Whether a pool holds tasks. A seeded pool does; one made by POST /pools does not. Toloka
   * refuses to open a pool without tasks: 409 EMPTY_POOL (toloka-kit, tests/pool/test_pool.py).
   */
  setPoolHasTasks(id: string, hasTasks: boolean): void {
    this.state.poolOrThrow(id);
    if (hasTasks) this.state.emptyPools.delete(id);
    else this.state.emptyPools.add(id);
  }

  /** Makes a training another account's: any access answers 403 ACCESS_DENIED. */
  markForeign(id: string): void {
    this.state.trainingOrThrow(id);
    this.state.foreign.add(id);
  }

  /** Every operation as the API shows it now, in submit order. */
  operations(): Operation[] {
    this.settle();
    const now = this.now();
    return this.ops.all().map((record) => this.ops.view(record, now));
  }

  inject(rule: FaultRule): void {
    this.faults.add(rule);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  clearRequests(): void {
    this.requests = [];
  }

  stats(): EmulatorStats {
    return { ...this.counters };
  }

  private now(): number {
    return Date.now() + this.currentOptions.clockSkewMs;
  }

  private settle(): void {
    this.timeline.settle(this.now());
  }

  private listen(): Promise<void> {
    const { host, port } = this.currentOptions;
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        const address = this.server.address() as AddressInfo;
        this.url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
        resolve();
      });
    });
  }
}
