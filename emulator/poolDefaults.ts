/**
 * What a seeded pool carries unless the seed says otherwise: the fields of a real pool, as
 * fullApi.yaml's pool example (responses/api/pool-id.yaml) and toloka-kit's tests/pool/conftest.py
 * show them. A PUT must send every one of them back; a provider that drops one is caught.
 */
import { randomUUID } from "crypto";

const YEAR_MS = 365 * 86_400_000;

export function poolDefaults(nowMs: number, stamp: (ms: number) => string): Record<string, unknown> {
  return {
    may_contain_adult_content: false,
    will_expire: stamp(nowMs + YEAR_MS),
    auto_close_after_complete_delay_seconds: 0,
    reward_per_assignment: 0.05,
    metadata: {},
    assignment_max_duration_seconds: 600,
    auto_accept_solutions: true,
    auto_accept_period_day: 21,
    assignments_issuing_config: { issue_task_suites_in_creation_order: false },
    filter: { and: [{ or: [{ category: "profile", key: "languages", operator: "IN", value: "EN" }] }] },
    quality_control: {
      configs: [
        {
          collector_config: { type: "ASSIGNMENT_SUBMIT_TIME", uuid: randomUUID(), parameters: { fast_submit_threshold_seconds: 15 } },
          rules: [
            {
              conditions: [{ key: "fast_submitted_count", operator: "GTE", value: 2 }],
              action: { type: "RESTRICTION_V2", parameters: { scope: "PROJECT", duration_unit: "PERMANENT" } },
            },
          ],
        },
      ],
    },
    defaults: { default_overlap_for_new_task_suites: 3, default_overlap_for_new_tasks: 3 },
    mixer_config: { real_tasks_count: 10, golden_tasks_count: 0, training_tasks_count: 0 },
    priority: 0,
    owner: { id: "emulator-owner", myself: true },
    type: "REGULAR",
    speed_quality_balance: { type: "TOP_PERCENTAGE_BY_QUALITY", percent: 100 },
  };
}
