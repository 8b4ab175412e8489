/** The account the contract cases meet on the emulator: a source training, neighbours to page through, archived pools to filter out. */
import type { TolokaEmulator } from "../../emulator";

/** A field `types.ts` does not list, as a field Toloka added later would be: the PUT case checks it survives. */
export const UNKNOWN_TRAINING_FIELD = "contract_future_field";

export function seedContractEmulator(emulator: TolokaEmulator): { sourceTrainingId: string; projectId: string } {
  const project = emulator.addProject({ public_name: "Contract project" });
  const source = emulator.addTraining({
    project_id: project.id,
    private_name: "Contract source",
    public_instructions: "Label the images.",
    metadata: { team: ["contract"] },
    [UNKNOWN_TRAINING_FIELD]: { kept: true },
  });
  for (let i = 0; i < 3; i += 1) emulator.addTraining({ project_id: project.id, private_name: `Neighbour ${i}`, status: "ARCHIVED" });
  for (let i = 0; i < 3; i += 1) {
    emulator.addPool({ project_id: project.id, status: "ARCHIVED", quality_control: { training_requirement: { training_pool_id: source.id, training_passing_skill_value: 80 } } });
  }
  emulator.addPool({ project_id: project.id, status: "OPEN" });
  return { sourceTrainingId: source.id, projectId: project.id };
}
