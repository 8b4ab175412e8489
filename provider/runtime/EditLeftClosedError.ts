import { isProviderRefusalError, ProviderRefusalError, type ProviderRefusalFields } from "./ProviderRefusalError";

/**
 * An edit left the object CLOSED: the PUT or the open that follows it failed, or someone closed it
 * meanwhile. Its message says in which status it is and what to do (editWhileClosed), so callers
 * add nothing about the status. A ProviderRefusalError with code "edit-failed-left-closed".
 */
export class EditLeftClosedError extends ProviderRefusalError {
  constructor(message: string, fields: Pick<ProviderRefusalFields, "cause" | "objectKind" | "trainingId" | "poolId"> = {}) {
    super(message, { ...fields, code: "edit-failed-left-closed", nothingChanged: false });
  }
}

/** Duck-typed: serialized provider code can hold a second copy of the class. */
export function isEditLeftClosedError(error: unknown): error is EditLeftClosedError {
  return isProviderRefusalError(error) && error.code === "edit-failed-left-closed";
}
