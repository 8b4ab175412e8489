import type { Pool } from "../toloka/types";
import { requirementOf, type RequirementValue } from "./outputs";

/**
 * The record a TrainingRequirement keeps in its pool's own `metadata` (PoolViewV1 carries
 * `metadata`, "an object containing the metadata", with no documented limits; toloka-kit types it
 * `Dict[str, List[str]]`), written by the same PUT that sets the requirement, so that no lost
 * answer can separate the two:
 * - `owner <creation id>`: which creation of a TrainingRequirement owns the link now (a random id
 *   made by `create`, kept in the state as `creationId`). A replacement made before the old
 *   resource is deleted takes the link over; the old one's delete then leaves the pool alone.
 * - `linked <training id>`: the training the stack made the pool require.
 * - `before <training id> [<skill>]` or `before none`: what the pool required before the stack
 *   touched it. A later create (after an interrupted one, or a replacement) takes it from here.
 * `delete` gives the pool that earlier requirement back and removes the record in the same PUT.
 */
export const REQUIREMENT_RECORD_KEY = "pulumi_toloka_requirement";

export interface RequirementRecord {
  owner: string;
  linked: string;
  before: RequirementValue | null;
}

/** The record on the pool, or undefined when it has none (or one this version cannot read). */
export function recordOf(pool: Pool): RequirementRecord | undefined {
  const values = (pool.metadata as Record<string, unknown> | undefined)?.[REQUIREMENT_RECORD_KEY];
  if (!Array.isArray(values)) return undefined;
  const field = (name: string) => {
    const entry = values.find((v): v is string => typeof v === "string" && v.startsWith(`${name} `));
    return entry?.slice(name.length + 1).trim();
  };
  const owner = field("owner");
  const linked = field("linked");
  const before = field("before");
  if (!owner || !linked || before === undefined) return undefined;
  if (before === "none") return { owner, linked, before: null };
  const m = /^(\d+)(?: (\d+))?$/.exec(before);
  if (!m) return undefined;
  return { owner, linked, before: { trainingId: m[1], passingSkillValue: m[2] === undefined ? null : Number(m[2]) } };
}

/** The pool with `record` in its metadata (the rest of the metadata as it is). */
export function withRecord(pool: Pool, record: RequirementRecord): Pool {
  const before = record.before
    ? `before ${record.before.trainingId}${record.before.passingSkillValue === null ? "" : ` ${record.before.passingSkillValue}`}`
    : "before none";
  const metadata = { ...((pool.metadata as Record<string, string[]> | undefined) ?? {}) };
  metadata[REQUIREMENT_RECORD_KEY] = [`owner ${record.owner}`, `linked ${record.linked}`, before];
  return { ...pool, metadata };
}

/** The pool without the record. */
export function withoutRecord(pool: Pool): Pool {
  const metadata = pool.metadata as Record<string, string[]> | undefined;
  if (!metadata || !(REQUIREMENT_RECORD_KEY in metadata)) return pool;
  const { [REQUIREMENT_RECORD_KEY]: _record, ...rest } = metadata;
  return { ...pool, metadata: rest };
}

/**
 * What the pool required before the stack touched it: the record's `before` when the record is
 * this creation's own, or when the pool still requires the training the record says the stack
 * linked (otherwise someone re-pointed the pool since, and the record is stale); else `fallback`.
 */
export function earlierRequirement(pool: Pool, ownCreationId: string | undefined, fallback: RequirementValue | null): RequirementValue | null {
  const record = recordOf(pool);
  if (!record) return fallback;
  if (record.owner === ownCreationId || record.linked === requirementOf(pool)?.trainingId) return record.before;
  return fallback;
}
