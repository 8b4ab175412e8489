/** Trainings and pools share the status actions and the whole-object PUT: what differs per kind. */
import { READ_ONLY_POOL_FIELDS, READ_ONLY_TRAINING_FIELDS, type Pool, type Training } from "../provider/toloka/types";
import type { EmulatorState } from "./EmulatorState";

export interface ObjectKind<T extends { id: string; status: string }> {
  /** "Training" or "Pool", for messages. */
  label: string;
  /** Operation types are `<prefix>.OPEN` etc. (fullApi.yaml, schema OperationViewV1). */
  operationPrefix: "TRAINING" | "POOL";
  /** The operation parameter naming the object. */
  idParameter: "training_id" | "pool_id";
  /** Fields a PUT cannot change: in the View schema but not the Form schema of fullApi.yaml. */
  readOnlyFields: readonly string[];
  /** The object an API request names, or the error the API answers. */
  require(state: EmulatorState, id: string | undefined): T;
  find(state: EmulatorState, id: string): T | undefined;
  store(state: EmulatorState, object: T): void;
}

export const TRAINING_KIND: ObjectKind<Training> = {
  label: "Training",
  operationPrefix: "TRAINING",
  idParameter: "training_id",
  readOnlyFields: READ_ONLY_TRAINING_FIELDS,
  require: (state, id) => state.requireTraining(id),
  find: (state, id) => state.trainings.get(id),
  store: (state, training) => void state.trainings.set(training.id, training),
};

export const POOL_KIND: ObjectKind<Pool> = {
  label: "Pool",
  operationPrefix: "POOL",
  idParameter: "pool_id",
  readOnlyFields: READ_ONLY_POOL_FIELDS,
  require: (state, id) => state.requirePool(id),
  find: (state, id) => state.pools.get(id),
  store: (state, pool) => void state.pools.set(pool.id, pool),
};
