import type { TolokaClient } from "../toloka";
import type { Operation, Pool, Training } from "../toloka/types";

/** The kinds of Toloka object the provider edits, each edited only while CLOSED. */
export type EditableKind = "training" | "pool";

/** The object of each kind, as GET returns it. */
export interface EditableObjects {
  training: Training;
  pool: Pool;
}

/** The calls that reading and editing an object of one kind needs. */
export interface EditTarget<T> {
  /** "training" or "pool", for messages. */
  label: EditableKind;
  get(client: TolokaClient, id: string): Promise<T>;
  put(client: TolokaClient, object: T): Promise<T>;
  closeForUpdate(client: TolokaClient, id: string): Promise<Operation | undefined>;
  open(client: TolokaClient, id: string): Promise<Operation | undefined>;
}

/** fullApi.yaml: PUT /trainings/{id} and /trainings/{id}/close-for-update; PUT /pools/{id} and /pools/{id}/close-for-update. */
export const EDIT_TARGETS: { readonly [K in EditableKind]: EditTarget<EditableObjects[K]> } = {
  training: {
    label: "training",
    get: (client, id) => client.getTraining(id),
    put: (client, training) => client.updateTraining(training),
    closeForUpdate: (client, id) => client.closeTrainingForUpdate(id),
    open: (client, id) => client.openTraining(id),
  },
  pool: {
    label: "pool",
    get: (client, id) => client.getPool(id),
    put: (client, pool) => client.updatePool(pool),
    closeForUpdate: (client, id) => client.closePoolForUpdate(id),
    open: (client, id) => client.openPool(id),
  },
};
