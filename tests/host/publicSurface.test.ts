import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { consumerProject } from "./hostFixture";

const UNATTRIBUTED = "(no program)";

/**
 * The packed package's main entry, as a user's program sees it: what it exports, and what its
 * types let through. Changing this list changes the public API: bump the version accordingly.
 */
describe("the public surface of the packed package", () => {
  const project = consumerProject();

  test("the main entry exports the resources, the catchable errors and a guard for each, and the two runtimes of the stored-code contract: nothing else", () => {
    const keys = execFileSync(process.execPath, ["-p", 'Object.keys(require("pulumi-toloka")).sort().join("\\n")'], {
      cwd: project,
      encoding: "utf8",
    });
    expect(keys.trim().split("\n")).toEqual([
      "ArchivePreconditionError",
      "ClonedTraining",
      "ClonedTrainingProvider",
      "EndpointMismatchError",
      "OperationFailedError",
      "OperationTimeoutError",
      "PartialCreationError",
      "ProviderRefusalError",
      "TolokaApiError",
      "TolokaConfigError",
      "TolokaDeadlineError",
      "TolokaError",
      "TolokaInputError",
      "TolokaNetworkError",
      "TolokaOutcomeUnknownError",
      "TolokaQuotaError",
      "TrainingRequirement",
      "TrainingRequirementProvider",
      "isArchivePreconditionError",
      "isEndpointMismatchError",
      "isOperationFailedError",
      "isOperationTimeoutError",
      "isPartialCreationError",
      "isProviderRefusalError",
      "isTolokaApiError",
      "isTolokaConfigError",
      "isTolokaDeadlineError",
      "isTolokaError",
      "isTolokaInputError",
      "isTolokaNetworkError",
      "isTolokaOutcomeUnknownError",
      "isTolokaQuotaError",
      "providerRuntime",
      "trainingRequirementRuntime",
    ]);
  });

  describe("a stack written in a new folder type-checks only with valid inputs", () => {
    const header = 'import * as pulumi from "@pulumi/pulumi";\nimport { ClonedTraining } from "pulumi-toloka";\n';
    const programs: Record<string, string> = {
      valid:
        'import type { ClonedTrainingArgs, ClonedTrainingOutputs, TrainingOverrides, TrainingStatus } from "pulumi-toloka";\n' +
        "const days: pulumi.Output<number> = pulumi.output(2);\n" +
        "const overrides: TrainingOverrides = {\n" +
        "  may_contain_adult_content: false, assignment_max_duration_seconds: 600, mix_tasks_in_creation_order: true,\n" +
        "  shuffle_tasks_in_task_suite: false, training_tasks_in_task_suite_count: 3, task_suites_required_to_pass: 1,\n" +
        '  retry_training_after_days: days, inherited_instructions: false, public_instructions: "<p>Read</p>",\n' +
        '  metadata: { team: ["quality", pulumi.output("ml")] },\n' +
        "};\n" +
        'const args: ClonedTrainingArgs = { sourceTrainingId: "123456", privateName: "Exam", overrides, closeBeforeArchive: true, operationTimeoutSeconds: 900 };\n' +
        'const training = new ClonedTraining("exam", args);\n' +
        'export const open = training.status.apply((s: TrainingStatus) => s === "OPEN");\n' +
        "export const created = training.created;\n" +
        "export type Outputs = ClonedTrainingOutputs;\n" +
        'export const seen = ClonedTraining.get("seen", "123456").status;\n' +
        "export const actualDays = training.actualOverrides.apply((a) => a?.retry_training_after_days ?? null);\n",
      typo: 'new ClonedTraining("exam", { sourceTrainingId: "1", overrides: { retry_training_after_dayz: 1 } });\n',
      wrongType: 'new ClonedTraining("exam", { sourceTrainingId: "1", overrides: { public_instructions: 42 } });\n',
      wrongMetadata: 'new ClonedTraining("exam", { sourceTrainingId: "1", overrides: { metadata: { team: "quality" } } });\n',
      refusedName: 'new ClonedTraining("exam", { sourceTrainingId: "1", overrides: { private_name: "Exam" } });\n',
      internalOutput: 'import type { ClonedTrainingOutputs } from "pulumi-toloka";\nexport const m = (o: ClonedTrainingOutputs) => o.__marker;\n',
      unknownStatus: 'export const done = new ClonedTraining("exam", { sourceTrainingId: "1" }).status.apply((s) => s === "DONE");\n',
      internal: 'import { KeyedMutex } from "pulumi-toloka";\nexport const m = KeyedMutex;\n',
      requirementValid:
        'import { TrainingRequirement, type RequirementValue, type TrainingRequirementArgs, type TrainingRequirementOutputs } from "pulumi-toloka";\n' +
        'const clone = new ClonedTraining("exam", { sourceTrainingId: "1" });\n' +
        'const args: TrainingRequirementArgs = { poolId: "7", trainingId: clone.trainingId, passingSkillValue: 80, operationTimeoutSeconds: 60 };\n' +
        'const link = new TrainingRequirement("link", args);\n' +
        "export const before = link.previousRequirement.apply((p: RequirementValue | null) => p?.trainingId ?? null);\n" +
        "export const skill: pulumi.Output<number | null> = link.actualPassingSkillValue;\n" +
        "export type Outputs = TrainingRequirementOutputs;\n" +
        'import type { PoolStatus } from "pulumi-toloka";\n' +
        "export const open: pulumi.Output<boolean> = link.poolStatus.apply((s: PoolStatus) => s === \"OPEN\");\n" +
        'export const seenPool = TrainingRequirement.get("seen", "7").actualTrainingId;\n',
      requirementUnknownStatus:
        'import { TrainingRequirement } from "pulumi-toloka";\n' +
        'export const done = TrainingRequirement.get("seen", "7").poolStatus.apply((s) => s === "DONE");\n',
      requirementWrongSkill:
        'import { TrainingRequirement } from "pulumi-toloka";\nnew TrainingRequirement("link", { poolId: "7", trainingId: "1", passingSkillValue: "80" });\n',
      requirementNoPool: 'import { TrainingRequirement } from "pulumi-toloka";\nnew TrainingRequirement("link", { trainingId: "1", passingSkillValue: 80 });\n',
    };
    const errors = typeCheck(project, programs, header);

    test("valid overrides, each field with its own type and Input values, compile", () => {
      expect(errors.valid).toEqual([]);
      expect(errors.requirementValid).toEqual([]);
      // Every line tsc printed belongs to a program meant to fail (no setup error hides in the output).
      expect(errors[UNATTRIBUTED]).toEqual([]);
    });

    test.each([
      ["typo", /TS2353.*retry_training_after_dayz/],
      ["wrongType", /TS2322.*number.*string/],
      ["wrongMetadata", /TS2322/],
      ["refusedName", /TS2322.*not assignable to type 'RefusedOverride<"private_name is not an override: set the privateName input instead">'/],
      ["internalOutput", /TS2339.*__marker/],
      ["unknownStatus", /TS2367.*"DONE"/],
      ["requirementUnknownStatus", /TS2367.*"DONE"/],
      ["internal", /TS2305.*KeyedMutex/],
      ["requirementWrongSkill", /TS2322.*string.*number/],
      ["requirementNoPool", /TS2345.*TrainingRequirementArgs/],
    ])("%s fails the type check", (name, expected) => {
      expect(errors[name]).toEqual([expect.stringMatching(expected)]);
    });
  });
});

/**
 * Type-checks each program in a new folder inside the consumer project, with the TypeScript a
 * user would use (one run for all), and returns each program's errors.
 */
function typeCheck(project: string, programs: Record<string, string>, header: string): Record<string, string[]> {
  const folder = fs.mkdtempSync(path.join(project, "typed-stack-"));
  try {
    for (const [name, body] of Object.entries(programs)) fs.writeFileSync(path.join(folder, `${name}.ts`), header + body);
    const tsc = require.resolve("typescript/bin/tsc");
    // @types/node from this repository: a user's stack has its own (Pulumi's templates install it).
    const typeRoots = path.join(path.dirname(require.resolve("@types/node/package.json")), "..");
    const args = [tsc, "--noEmit", "--strict", "--module", "commonjs", "--target", "es2020", "--esModuleInterop", "--skipLibCheck"];
    args.push("--typeRoots", typeRoots, "--types", "node");
    let out = "";
    try {
      execFileSync(process.execPath, [...args, ...Object.keys(programs).map((n) => `${n}.ts`)], { cwd: folder, encoding: "utf8" });
    } catch (e) {
      out = String((e as { stdout?: unknown }).stdout ?? "");
    }
    const errors: Record<string, string[]> = {};
    const lines = out.split("\n").filter((line) => line.trim() !== "" && !line.startsWith(" "));
    for (const name of Object.keys(programs)) errors[name] = lines.filter((line) => line.startsWith(`${name}.ts(`));
    errors[UNATTRIBUTED] = lines.filter((line) => !Object.keys(programs).some((name) => line.startsWith(`${name}.ts(`)));
    return errors;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
