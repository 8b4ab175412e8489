import type { Pool } from "../toloka/types";
import type { RequirementValue } from "./outputs";

/**
 * The pool with `quality_control.training_requirement` set to `requirement`, or without it when
 * `requirement` is null; every other field as read (a PUT carries the whole pool).
 */
export function withRequirement(pool: Pool, requirement: RequirementValue | null): Pool {
  const { training_requirement: _old, ...qualityControl } = pool.quality_control ?? {};
  if (requirement === null) return { ...pool, quality_control: qualityControl };
  return {
    ...pool,
    quality_control: {
      ...qualityControl,
      training_requirement: { training_pool_id: requirement.trainingId, training_passing_skill_value: requirement.passingSkillValue ?? undefined },
    },
  };
}

/** How a requirement reads in a log line or a message. */
export function describeRequirement(requirement: RequirementValue | null): string {
  if (requirement === null) return "no training";
  const skill = requirement.passingSkillValue === null ? "" : ` (passing skill ${requirement.passingSkillValue})`;
  return `training ${requirement.trainingId}${skill}`;
}

/** Names the resource in messages: the pool id is its id. */
export function requirementSubject(poolId: string): string {
  return `the training requirement of pool ${poolId}`;
}
