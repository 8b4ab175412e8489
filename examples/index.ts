/**
 * The main example: clone a Toloka training pool, give the clone its own name, and make a main
 * pool require the clone. Run it from the repository root with `pulumi up` (Pulumi.yaml names
 * this file as the program), after:
 *
 *   pulumi config set --secret toloka:apiKey <your API key>
 *   pulumi config set sourceTrainingId <id of the training pool to clone>
 *   pulumi config set mainPoolId <id of a main pool in the same project>
 *
 * Rotating the training is one command: set a new sourceTrainingId and `pulumi up`. Pulumi
 * makes the new clone, re-points the pool to it in place, and archives the old clone at the end.
 * `pulumi destroy` gives the pool back what it required before, then archives the clone (Toloka
 * archives only CLOSED training pools whose linked main pools are all ARCHIVED or re-pointed).
 */
import * as pulumi from "@pulumi/pulumi";
import { ClonedTraining, TrainingRequirement } from "pulumi-toloka";

const config = new pulumi.Config();

const training = new ClonedTraining("exam-training", {
  // The training pool to clone; changing it replaces the clone.
  sourceTrainingId: config.require("sourceTrainingId"),
  // The clone's name in Toloka; a rename made outside Pulumi is put back by the next `up`.
  privateName: config.get("privateName") ?? `Exam training (${pulumi.getStack()})`,
  // Other writable training fields, in Toloka's own names.
  overrides: { retry_training_after_days: 1 },
  // On destroy, close the clone first if it is OPEN (otherwise destroy refuses to touch it).
  closeBeforeArchive: config.getBoolean("closeBeforeArchive") ?? false,
});

// `.id` is the clone's Toloka id, like `trainingId`, but stays known in preview (there, the
// outputs of an in-place update that are not inputs are unknown: see the README's Preview).
const requirement = new TrainingRequirement("main-pool-exam", {
  // The main pool whose Tolokers must pass the exam first.
  poolId: config.require("mainPoolId"),
  // The clone: a new clone re-points the pool in place, before the old clone is archived.
  trainingId: training.id,
  // The percentage of correct training answers a Toloker needs.
  passingSkillValue: config.getNumber("passingSkillValue") ?? 80,
});

export const trainingId = training.id;
export const status = training.status;
export const privateName = training.actualPrivateName;
export const mainPoolRequires = requirement.actualTrainingId;
