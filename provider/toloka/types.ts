/** Toloka's wire types, in Toloka's own field names. */

export type TrainingStatus = "OPEN" | "CLOSED" | "ARCHIVED" | "LOCKED";
export type PoolStatus = "OPEN" | "CLOSED" | "ARCHIVED" | "LOCKED";
export type OperationStatus = "PENDING" | "RUNNING" | "SUCCESS" | "FAIL";

/** Toloka metadata: each key holds a list of strings. */
export type TrainingMetadata = Record<string, string[]>;

export interface Training {
  id: string;
  project_id: string;
  private_name?: string;
  may_contain_adult_content?: boolean;
  assignment_max_duration_seconds?: number;
  mix_tasks_in_creation_order?: boolean;
  shuffle_tasks_in_task_suite?: boolean;
  training_tasks_in_task_suite_count?: number;
  task_suites_required_to_pass?: number;
  retry_training_after_days?: number;
  inherited_instructions?: boolean;
  public_instructions?: string;
  metadata?: TrainingMetadata;
  owner?: { id?: string; myself?: boolean; company_id?: string };
  status: TrainingStatus;
  last_close_reason?: string;
  created?: string;
  last_started?: string;
  last_stopped?: string;
  [field: string]: unknown;
}

/**
 * The training fields this project knows to be writable (fullApi.yaml, schema TrainingFormV1).
 * A PUT does not send an allow-list: it sends what GET returned minus the read-only fields.
 */
export const WRITABLE_TRAINING_FIELDS = [
  "project_id",
  "private_name",
  "may_contain_adult_content",
  "assignment_max_duration_seconds",
  "mix_tasks_in_creation_order",
  "shuffle_tasks_in_task_suite",
  "training_tasks_in_task_suite_count",
  "task_suites_required_to_pass",
  "retry_training_after_days",
  "inherited_instructions",
  "public_instructions",
  "metadata",
] as const;

/**
 * Read-only training fields: those of fullApi.yaml's TrainingViewV1 (what GET returns) that its
 * TrainingFormV1 (what a create or edit takes) lacks. The reference marks none `readOnly`.
 */
export const READ_ONLY_TRAINING_FIELDS = [
  "id",
  "owner",
  "status",
  "last_close_reason",
  "created",
  "last_started",
  "last_stopped",
] as const;

/** Read-only pool fields: PoolViewV1 minus PoolFormV1 in fullApi.yaml (`type` is deprecated there). */
export const READ_ONLY_POOL_FIELDS = [
  "id",
  "owner",
  "type",
  "status",
  "last_close_reason",
  "created",
  "last_started",
  "last_stopped",
] as const;

/** fullApi.yaml, schema TrainingRequirement: both fields required; the skill value is an integer 0-100. */
export interface TrainingRequirement {
  training_pool_id: string;
  training_passing_skill_value?: number;
}

export interface Pool {
  id: string;
  project_id: string;
  private_name?: string;
  status: PoolStatus;
  type?: string;
  last_close_reason?: string;
  quality_control?: {
    training_requirement?: TrainingRequirement;
    [field: string]: unknown;
  };
  /** Lists of strings by key, as a training's (fullApi.yaml PoolViewV1 `metadata`; toloka-kit `Dict[str, List[str]]`). */
  metadata?: TrainingMetadata;
  last_stopped?: string;
  [field: string]: unknown;
}

export interface Operation {
  id: string;
  type: string;
  status: OperationStatus;
  /** UTC, ISO 8601 without a zone suffix, e.g. `2021-02-26T10:13:32.921`. */
  submitted: string;
  started?: string;
  finished?: string;
  progress?: number;
  parameters?: Record<string, unknown>;
  details?: Record<string, unknown>;
}

export interface OperationLogItem {
  type: string;
  success: boolean;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
}

/** A page of a Toloka list call. */
export interface Page<T> {
  items: T[];
  has_more: boolean;
}
