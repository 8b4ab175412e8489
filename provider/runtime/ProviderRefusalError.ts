/**
 * Why the provider stopped a step on its own (as opposed to an error answer from Toloka, a
 * `TolokaError`). Each code is one situation; its message says what to do.
 */
export type ProviderRefusalCode =
  /** ClonedTraining: `sourceTrainingId` names no training behind the configured endpoint. */
  | "source-training-missing"
  /** ClonedTraining: the clone operation succeeded but named no new training. */
  | "clone-named-no-training"
  /** ClonedTraining: `adoptTrainingId` names no training behind the configured endpoint. */
  | "adopted-training-missing"
  /** ClonedTraining: `adoptTrainingId` names an ARCHIVED training. */
  | "adopted-training-archived"
  /** ClonedTraining: the training's marker names another Pulumi resource (`owners`). */
  | "adopted-training-managed-elsewhere"
  /** ClonedTraining: another resource of the same deployment adopts or cloned the same training. */
  | "adopted-training-claimed"
  /** ClonedTraining: writing name, overrides and marker to the adopted training failed (`cause`). */
  | "adoption-failed"
  /** ClonedTraining: Toloka said the archive succeeded, but the training is not ARCHIVED (`status`). */
  | "archive-not-confirmed"
  /** ClonedTraining.get: the id names no training behind the configured endpoint, or an ARCHIVED one (`status`). */
  | "get-training-missing"
  /** TrainingRequirement: `poolId` names no pool behind the configured endpoint. */
  | "pool-missing"
  /** TrainingRequirement: the pool is ARCHIVED. */
  | "pool-archived"
  /** TrainingRequirement: `trainingId` names no training behind the configured endpoint. */
  | "linked-training-missing"
  /** TrainingRequirement.get: the id names no pool behind the configured endpoint, or an ARCHIVED one (`status`). */
  | "get-pool-missing"
  /** TrainingRequirement: the training is ARCHIVED. */
  | "linked-training-archived"
  /** TrainingRequirement: the training belongs to another account (Toloka answered 403). */
  | "linked-training-other-account"
  /** TrainingRequirement: the training and the pool are in different projects. */
  | "linked-training-other-project"
  /** Either resource: the training or pool (`objectKind`) stayed LOCKED past the timeout. */
  | "still-locked"
  /** Either resource: an edit of an ARCHIVED training or pool (`objectKind`). */
  | "archived-not-editable"
  /** Either resource: the PUT of a closed-for-update object failed (`cause`); it is OPEN again (`nothingChanged`: unchanged). */
  | "edit-failed-reopened"
  /** Either resource: an edit left the object CLOSED (the PUT or the open failed, or someone closed it); the message says what the next `up` does. */
  | "edit-failed-left-closed"
  /** Either resource: after the close for the update the object is not CLOSED (`status`): someone changed it; nothing was changed. */
  | "status-changed-during-edit";

/** The fields a refusal carries; which are set depends on the code. */
export interface ProviderRefusalFields {
  code: ProviderRefusalCode;
  /** True when the provider changed nothing in Toloka before it stopped. */
  nothingChanged: boolean;
  /** The training concerned: the source, the clone, the adopted or the linked training. */
  trainingId?: string;
  /** The pool concerned. */
  poolId?: string;
  /** What the object concerned is (for the codes of either resource). */
  objectKind?: "training" | "pool";
  /** The status that caused the refusal, e.g. "ARCHIVED" or "LOCKED". */
  status?: string;
  /** The Toloka operation concerned. */
  operationId?: string;
  /** `adopted-training-managed-elsewhere`: the URNs its marker names. */
  owners?: string[];
  /** The error behind the refusal, e.g. Toloka's 404. */
  cause?: unknown;
}

/**
 * The provider refused a step, or stopped one because Toloka holds something that must not be: a
 * missing source, pool or training, an ARCHIVED one, a LOCKED one past the timeout, an edit that
 * failed. `code` tells them apart; the message names the object and what to do. It has no `id`
 * field: Pulumi takes an error with an `id` for a partial creation.
 */
export class ProviderRefusalError extends Error {
  override readonly name = "ProviderRefusalError";
  readonly code: ProviderRefusalCode;
  readonly nothingChanged: boolean;
  readonly trainingId?: string;
  readonly poolId?: string;
  readonly objectKind?: "training" | "pool";
  readonly status?: string;
  readonly operationId?: string;
  readonly owners?: string[];

  constructor(message: string, fields: ProviderRefusalFields) {
    super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.code = fields.code;
    this.nothingChanged = fields.nothingChanged;
    if (fields.trainingId !== undefined) this.trainingId = fields.trainingId;
    if (fields.poolId !== undefined) this.poolId = fields.poolId;
    if (fields.objectKind !== undefined) this.objectKind = fields.objectKind;
    if (fields.status !== undefined) this.status = fields.status;
    if (fields.operationId !== undefined) this.operationId = fields.operationId;
    if (fields.owners !== undefined) this.owners = fields.owners;
  }
}

/** True for a refusal of the provider, even one from a second copy of this code (the name and a code decide). */
export function isProviderRefusalError(value: unknown): value is ProviderRefusalError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; code?: unknown; message?: unknown };
  return e.name === "ProviderRefusalError" && typeof e.code === "string" && typeof e.message === "string";
}
