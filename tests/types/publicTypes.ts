/**
 * The public types, as a program writes against them. Compiled by `npm run typecheck` (never run,
 * not a jest test): every `@ts-expect-error` line must fail the type check, or the check fails.
 * tests/host/publicSurface.test.ts checks the packed package's declarations the same way, with
 * the messages a user sees.
 */
import * as pulumi from "@pulumi/pulumi";
import {
  ClonedTraining,
  TrainingRequirement,
  type ActualOverrides,
  type ClonedTrainingOutputs,
  type PoolStatus,
  type TrainingOverrideValues,
  type TrainingRequirementOutputs,
  type TrainingStatus,
} from "pulumi-toloka";

export function refusedOverrideFields(): void {
  // @ts-expect-error private_name is not an override: the type says to set the privateName input instead.
  new ClonedTraining("a", { sourceTrainingId: "1", overrides: { private_name: "Exam" } });
  // @ts-expect-error project_id cannot be overridden.
  new ClonedTraining("b", { sourceTrainingId: "1", overrides: { project_id: "7" } });
  // @ts-expect-error owner cannot be overridden.
  new ClonedTraining("c", { sourceTrainingId: "1", overrides: { owner: { id: "x" } } });
  // The name goes in privateName, and an Input works there too.
  new ClonedTraining("d", { sourceTrainingId: "1", privateName: pulumi.output("Exam"), overrides: { retry_training_after_days: 2 } });
}

export function statusUnions(training: ClonedTraining, requirement: TrainingRequirement): void {
  const status: pulumi.Output<TrainingStatus> = training.status;
  const poolStatus: pulumi.Output<PoolStatus> = requirement.poolStatus;
  // @ts-expect-error "DONE" is no pool status.
  requirement.poolStatus.apply((s) => s === "DONE");
  // @ts-expect-error a pool status is not any string.
  const anyString: pulumi.Output<"OPEN"> = requirement.poolStatus;
  void [status, poolStatus, anyString];
}

export function actualOverridesAreTyped(training: ClonedTraining): void {
  training.actualOverrides.apply((actual: ActualOverrides | undefined) => {
    const days: number | null | undefined = actual?.retry_training_after_days;
    const team: string[] | null | undefined = actual?.metadata?.team;
    // @ts-expect-error a misspelt field.
    const typo = actual?.retry_training_after_dayz;
    // @ts-expect-error a boolean field is no string.
    const wrong: string | null | undefined = actual?.may_contain_adult_content;
    // @ts-expect-error refused fields are not among the actual values.
    const name = actual?.private_name;
    return [days, team, typo, wrong, name];
  });
  training.overrides.apply((declared: TrainingOverrideValues | undefined) => declared?.public_instructions?.length);
}

/** Exactly the keys a user reads: a key added or missing fails here. */
const CLONED_TRAINING_OUTPUT_KEYS: Record<keyof ClonedTrainingOutputs, true> = {
  sourceTrainingId: true,
  privateName: true,
  overrides: true,
  closeBeforeArchive: true,
  operationTimeoutSeconds: true,
  trainingId: true,
  projectId: true,
  status: true,
  actualPrivateName: true,
  actualOverrides: true,
  cloneOperationId: true,
  created: true,
  endpoint: true,
};

export function outputsCarryNothingInternal(outputs: ClonedTrainingOutputs, requirement: TrainingRequirementOutputs): void {
  // @ts-expect-error the marker is the provider's own.
  void outputs.__marker;
  // @ts-expect-error adoptTrainingId is an input read at creation only, not an output.
  void outputs.adoptTrainingId;
  const poolStatus: PoolStatus = requirement.poolStatus;
  void [poolStatus, CLONED_TRAINING_OUTPUT_KEYS];
}

export function getReadsWithoutManaging(parent: pulumi.ComponentResource): void {
  const seen: ClonedTraining = ClonedTraining.get("seen", "123456");
  const byOutput: ClonedTraining = ClonedTraining.get("seen-too", pulumi.output("123456"), { parent });
  const pool: TrainingRequirement = TrainingRequirement.get("pool", "300001");
  // @ts-expect-error get takes the id, not args.
  ClonedTraining.get("wrong", { sourceTrainingId: "1" });
  new TrainingRequirement("link", { poolId: "300001", trainingId: seen.id, passingSkillValue: 80 });
  void [byOutput, pool];
}
