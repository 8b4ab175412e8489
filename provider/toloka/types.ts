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

/** Fields a PUT may change. The rest are read-only. */
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
  "owner",
] as const;

export const READ_ONLY_TRAINING_FIELDS = [
  "id",
  "status",
  "last_close_reason",
  "created",
  "last_started",
  "last_stopped",
] as const;

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
  quality_control?: {
    training_requirement?: TrainingRequirement;
    [field: string]: unknown;
  };
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
