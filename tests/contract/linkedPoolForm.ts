/**
 * The main pool a contract run creates (fullApi.yaml, POST /pools, schema PoolFormV1, every
 * required field): in the training's project, requiring the training. It is never opened and
 * never gets tasks, so nobody can be paid from it.
 */
import { formatTolokaTime } from "../../provider/toloka/tolokaTime";
import type { Training } from "../../provider/toloka/types";

export function linkedPoolForm(training: Training, privateName: string, nowMs = Date.now()): Record<string, unknown> {
  return {
    project_id: training.project_id,
    private_name: privateName,
    private_comment: "Made by the pulumi-toloka contract suite (npm run test:contract): never opened, archived by the run that made it.",
    may_contain_adult_content: false,
    will_expire: formatTolokaTime(nowMs + 7 * 86_400_000),
    reward_per_assignment: 0.01,
    assignment_max_duration_seconds: 600,
    auto_accept_solutions: true,
    defaults: { default_overlap_for_new_task_suites: 1, default_overlap_for_new_tasks: 1 },
    quality_control: { training_requirement: { training_pool_id: training.id, training_passing_skill_value: 50 } },
  };
}
