import type { TolokaEmulator } from "../../emulator";

/** The emulator the demo runs against, and what it seeded. */
export interface DemoWorld {
  emulator: TolokaEmulator;
  projectId: string;
  sourceTrainingId: string;
  /** The source the demo switches to, to show a rotation. */
  nextSourceTrainingId: string;
  /** The main pool whose requirement the example stack manages (stack config `mainPoolId`). */
  mainPoolId: string;
}

/** Adds a main pool whose training requirement points at the clone, set by hand outside the stack. */
export function linkMainPool(world: DemoWorld, trainingId: string, privateName = "Main pool (uses the exam)") {
  return world.emulator.addPool({
    project_id: world.projectId,
    private_name: privateName,
    status: "OPEN",
    quality_control: { training_requirement: { training_pool_id: trainingId, training_passing_skill_value: 80 } },
  });
}
