import type { TrainingMetadata } from "../toloka/types";

/**
 * The mark the provider leaves on a training or pool it closed for an update: the object's own
 * `last_stopped` of that close, under this package's metadata prefix, written by the PUT made
 * while it is closed. Toloka records only that the object was closed FOR_UPDATE, not by whom: an
 * object is the provider's to open again only when it is CLOSED with `last_close_reason:
 * FOR_UPDATE` AND its mark names its current `last_stopped` (any later close changes that).
 * Once the object is open again the mark is stale and harmless; the next PUT drops or renews it.
 */
export const REOPEN_MARK_KEY = "pulumi_toloka_closed_for_update";

interface Markable {
  status: string;
  last_close_reason?: string;
  last_stopped?: string;
  metadata?: TrainingMetadata;
}

/** The object carrying the mark of the close that stopped it at `lastStopped`. */
export function withReopenMark<T extends Markable>(object: T, lastStopped: string): T {
  return { ...object, metadata: { ...(object.metadata ?? {}), [REOPEN_MARK_KEY]: [lastStopped] } };
}

/** The object without the mark (its metadata otherwise as it is). */
export function withoutReopenMark<T extends Markable>(object: T): T {
  if (!object.metadata || !(REOPEN_MARK_KEY in object.metadata)) return object;
  const { [REOPEN_MARK_KEY]: _mark, ...metadata } = object.metadata;
  return { ...object, metadata };
}

/** True when the provider closed the object for an update and it is still closed from that close. */
export function closedForUpdateByProvider(object: Markable): boolean {
  const stopped = object.last_stopped;
  return (
    object.status === "CLOSED" &&
    object.last_close_reason === "FOR_UPDATE" &&
    typeof stopped === "string" &&
    stopped !== "" &&
    object.metadata?.[REOPEN_MARK_KEY]?.[0] === stopped
  );
}

/**
 * Set by `read` in the outputs of a resource whose object the provider closed for an update and
 * could not open again, so that `diff` asks for an update even after a refresh, and the update
 * opens it. Pulumi hides `__` keys from its display.
 */
export const REOPEN_PENDING_KEY = "__reopenPending";
