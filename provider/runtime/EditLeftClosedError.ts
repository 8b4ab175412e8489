/**
 * An edit that landed while the object was closed for it, but the object could not be opened
 * again: its message says in which status it is and what to do (editWhileClosed), so callers
 * add nothing about the status.
 */
export class EditLeftClosedError extends Error {
  override readonly name = "EditLeftClosedError";
}

/** Duck-typed: serialized provider code can hold a second copy of the class. */
export function isEditLeftClosedError(error: unknown): error is EditLeftClosedError {
  return error instanceof Error && error.name === "EditLeftClosedError";
}
