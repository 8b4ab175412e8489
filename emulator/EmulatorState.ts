/** The emulated account's data: projects, trainings and pools, with Toloka-like defaults. */
import type { Pool, Training } from "../provider/toloka/types";
import { ApiError, doesNotExist } from "./ApiError";
import { poolDefaults } from "./poolDefaults";
import { tolokaTimestamp } from "./timestamps";

export interface Project {
  id: string;
  public_name: string;
}

const DIGITS = /^\d{1,18}$/;

/** First ids handed out; distinct ranges make a training id easy to tell from a pool id in logs. */
const FIRST_ID = { project: 10001, training: 200001, pool: 300001 } as const;

export class EmulatorState {
  readonly projects = new Map<string, Project>();
  readonly trainings = new Map<string, Training>();
  readonly pools = new Map<string, Pool>();
  /** Trainings of another account: any access is 403. */
  readonly foreign = new Set<string>();
  /** Pools that hold no tasks: Toloka refuses to open them (409 EMPTY_POOL). */
  readonly emptyPools = new Set<string>();
  private readonly next = { ...FIRST_ID } as Record<keyof typeof FIRST_ID, number>;

  /** `stamp`: how a time is written (EmulatorOptions `timestampDigits`). */
  constructor(private readonly stamp: (epochMs: number) => string = (ms) => tolokaTimestamp(ms)) {}

  addProject(fields: Partial<Project> = {}): Project {
    const id = this.takeId("project", fields.id);
    const project = { id, public_name: fields.public_name ?? `Project ${id}` };
    this.projects.set(id, project);
    return { ...project };
  }

  addTraining(fields: Partial<Training> & { project_id: string }, now: number): Training {
    const { foreign, ...rest } = fields as Partial<Training> & { project_id: string; foreign?: unknown };
    const id = this.takeId("training", rest.id);
    // id and project_id lead, as in Toloka's answers.
    const training = Object.assign({ id, project_id: rest.project_id }, {
      private_name: `Training ${this.trainings.size + 1}`,
      may_contain_adult_content: false,
      assignment_max_duration_seconds: 600,
      mix_tasks_in_creation_order: false,
      shuffle_tasks_in_task_suite: true,
      training_tasks_in_task_suite_count: 3,
      task_suites_required_to_pass: 1,
      retry_training_after_days: 1,
      inherited_instructions: false,
      public_instructions: "",
      metadata: {},
      owner: { id: "emulator-owner", myself: true },
      created: this.stamp(now),
    }, structuredClone(rest)) as Training;
    training.id = id;
    training.status = rest.status ?? "CLOSED";
    this.ensureProject(training.project_id);
    this.trainings.set(id, training);
    if (foreign === true) this.foreign.add(id);
    return structuredClone(training);
  }

  /** A pool with the fields a real one carries (poolDefaults), `fields` over them (shallow). */
  addPool(fields: Partial<Pool> & { project_id: string }, now: number, options: { defaults?: boolean } = {}): Pool {
    const id = this.takeId("pool", fields.id);
    const pool = Object.assign(
      { id, project_id: fields.project_id },
      { private_name: `Pool ${this.pools.size + 1}` },
      options.defaults === false ? { type: "REGULAR" } : poolDefaults(now, this.stamp),
      { created: this.stamp(now) },
      structuredClone(fields),
    ) as Pool;
    pool.id = id;
    pool.status = fields.status ?? "OPEN";
    this.ensureProject(pool.project_id);
    this.pools.set(id, pool);
    return structuredClone(pool);
  }

  /** A new id for a clone. */
  newTrainingId(): string {
    return this.takeId("training", undefined);
  }

  /** The training an API request names, or the error a real server answers. */
  requireTraining(id: string | undefined): Training {
    // Toloka ids are digits; anything else cannot exist.
    if (id === undefined || !DIGITS.test(id)) throw doesNotExist("Training", String(id));
    if (this.foreign.has(id)) {
      throw new ApiError(403, "ACCESS_DENIED", `Training ${id} belongs to another account`);
    }
    const training = this.trainings.get(id);
    if (!training) throw doesNotExist("Training", id);
    return training;
  }

  requirePool(id: string | undefined): Pool {
    if (id === undefined || !DIGITS.test(id)) throw doesNotExist("Pool", String(id));
    const pool = this.pools.get(id);
    if (!pool) throw doesNotExist("Pool", id);
    return pool;
  }

  /** For direct (non-HTTP) calls: a helpful error instead of an API answer. */
  trainingOrThrow(id: string): Training {
    const training = this.trainings.get(id);
    if (!training) throw new Error(`TolokaEmulator: no training ${JSON.stringify(id)}; seed it with addTraining()`);
    return training;
  }

  poolOrThrow(id: string): Pool {
    const pool = this.pools.get(id);
    if (!pool) throw new Error(`TolokaEmulator: no pool ${JSON.stringify(id)}; seed it with addPool()`);
    return pool;
  }

  private ensureProject(projectId: string): void {
    if (typeof projectId !== "string" || !DIGITS.test(projectId)) {
      throw new Error(`TolokaEmulator: project_id must be a string of digits, got ${JSON.stringify(projectId)}`);
    }
    if (!this.projects.has(projectId)) this.addProject({ id: projectId });
  }

  private takeId(kind: keyof typeof FIRST_ID, wanted: string | undefined): string {
    const map = kind === "project" ? this.projects : kind === "training" ? this.trainings : this.pools;
    if (wanted === undefined) {
      while (map.has(String(this.next[kind]))) this.next[kind]++;
      return String(this.next[kind]++);
    }
    if (!DIGITS.test(wanted)) throw new Error(`TolokaEmulator: ${kind} id must be digits, got ${JSON.stringify(wanted)}`);
    if (map.has(wanted)) throw new Error(`TolokaEmulator: ${kind} ${wanted} already exists`);
    // Later ids keep increasing past any id chosen by the caller.
    this.next[kind] = Math.max(this.next[kind], Number(wanted) + 1);
    return wanted;
  }
}
