import type { TolokaEmulator } from "../../tests/emulator";

/** The emulator the demo runs against, and what it seeded. */
export interface DemoWorld {
  emulator: TolokaEmulator;
  projectId: string;
  sourceTrainingId: string;
}

/** Adds a main pool whose training requirement points at the clone, as a real project would have. */
export function linkMainPool(world: DemoWorld, trainingId: string) {
  return world.emulator.addPool({
    project_id: world.projectId,
    private_name: "Main pool (uses the exam)",
    status: "OPEN",
    quality_control: { training_requirement: { training_pool_id: trainingId, training_passing_skill_value: 80 } },
  });
}
