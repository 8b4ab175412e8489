import type { TolokaClient } from "../toloka";
import type { Operation, Pool, Training } from "../toloka/types";

/** The kinds of Toloka object the provider changes, each edited only while CLOSED. */
export type EditableKind = "training" | "pool";

/** The object of each kind, as GET returns it. */
export interface EditableObjects {
  training: Training;
  pool: Pool;
}

/** The status changes, each a POST that starts an operation (204 when nothing is to change). */
export type StatusAction = "open" | "close" | "close-for-update" | "archive";

/** The calls that reading and changing an object of one kind needs. */
export interface EditTarget<T> {
  /** "training" or "pool", for messages. */
  label: EditableKind;
  /** The operation type prefix: TRAINING or POOL (fullApi.yaml, schema OperationViewV1). */
  operationPrefix: "TRAINING" | "POOL";
  get(client: TolokaClient, id: string): Promise<T>;
  put(client: TolokaClient, object: T): Promise<T>;
  act(client: TolokaClient, id: string, action: StatusAction): Promise<Operation | undefined>;
}

/** The operation type a status action starts (close-for-update is a CLOSE). */
export function operationTypeOf(target: EditTarget<unknown>, action: StatusAction): string {
  const suffix = action === "open" ? "OPEN" : action === "archive" ? "ARCHIVE" : "CLOSE";
  return `${target.operationPrefix}.${suffix}`;
}

/** fullApi.yaml: PUT /trainings/{id}, POST /trainings/{id}/<action>; PUT /pools/{id}, POST /pools/{id}/<action>. */
export const EDIT_TARGETS: { readonly [K in EditableKind]: EditTarget<EditableObjects[K]> } = {
  training: {
    label: "training",
    operationPrefix: "TRAINING",
    get: (client, id) => client.getTraining(id),
    put: (client, training) => client.updateTraining(training),
    act: (client, id, action) => {
      if (action === "open") return client.openTraining(id);
      if (action === "close") return client.closeTraining(id);
      if (action === "close-for-update") return client.closeTrainingForUpdate(id);
      return client.archiveTraining(id);
    },
  },
  pool: {
    label: "pool",
    operationPrefix: "POOL",
    get: (client, id) => client.getPool(id),
    put: (client, pool) => client.updatePool(pool),
    act: (client, id, action) => {
      if (action === "open") return client.openPool(id);
      if (action === "close") return client.closePool(id);
      if (action === "close-for-update") return client.closePoolForUpdate(id);
      return client.archivePool(id);
    },
  },
};
