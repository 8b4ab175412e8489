/** Route name to handler. */
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import { getOperation, getOperationLog, listOperations } from "./operationHandlers";
import { archivePool, closePool, closePoolForUpdate, openPool } from "./poolActions";
import { getPool, listPools, updatePool } from "./poolHandlers";
import { patchPool } from "./poolPatch";
import { createPool } from "./poolCreate";
import type { ConcreteRoute } from "./routes";
import { archiveTraining, cloneTraining, closeTraining, closeTrainingForUpdate, openTraining } from "./trainingActions";
import { getTraining, listTrainings, updateTraining } from "./trainingHandlers";

export type Handler = (ctx: EmulatorContext, req: ApiRequest) => Answer;

export const HANDLERS: Readonly<Record<ConcreteRoute, Handler>> = Object.freeze({
  "trainings.get": getTraining,
  "trainings.list": listTrainings,
  "trainings.update": updateTraining,
  "trainings.open": openTraining,
  "trainings.close": closeTraining,
  "trainings.closeForUpdate": closeTrainingForUpdate,
  "trainings.archive": archiveTraining,
  "trainings.clone": cloneTraining,
  "operations.get": getOperation,
  "operations.list": listOperations,
  "operations.log": getOperationLog,
  "pools.get": getPool,
  "pools.list": listPools,
  "pools.create": createPool,
  "pools.update": updatePool,
  "pools.patch": patchPool,
  "pools.open": openPool,
  "pools.close": closePool,
  "pools.closeForUpdate": closePoolForUpdate,
  "pools.archive": archivePool,
});
