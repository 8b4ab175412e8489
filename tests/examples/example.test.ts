import * as pulumi from "@pulumi/pulumi";

/** The example program, run under Pulumi's mocks: what it registers, and with which inputs. */
describe("examples/index.ts", () => {
  test("registers a ClonedTraining with the source from stack config, and a main pool's requirement of the clone", async () => {
    const registered: pulumi.runtime.MockResourceArgs[] = [];
    pulumi.runtime.setAllConfig({ "toloka-training:sourceTrainingId": "123456", "toloka-training:mainPoolId": "300001" });
    await pulumi.runtime.setMocks(
      {
        newResource(args) {
          registered.push(args);
          if (args.type.endsWith(":TrainingRequirement")) {
            return { id: String(args.inputs.poolId), state: { ...args.inputs, actualTrainingId: args.inputs.trainingId } };
          }
          return { id: "200001", state: { ...args.inputs, trainingId: "200001", status: "CLOSED" } };
        },
        call: () => ({}),
      },
      "toloka-training",
      "dev",
      false,
    );
    const program = await import("../../examples/index");
    const status = await new Promise((resolve) => program.status.apply(resolve));
    const mainPoolRequires = await new Promise((resolve) => program.mainPoolRequires.apply(resolve));

    expect(registered).toHaveLength(2);
    const [resource, requirement] = registered;
    expect(resource.type).toBe("pulumi-nodejs:dynamic/toloka:ClonedTraining");
    expect(resource.name).toBe("exam-training");
    expect(resource.inputs).toMatchObject({
      sourceTrainingId: "123456",
      privateName: "Exam training (dev)",
      overrides: { retry_training_after_days: 1 },
      closeBeforeArchive: false,
      __marker: "urn:pulumi:dev::toloka-training::pulumi-nodejs:dynamic/toloka:ClonedTraining::exam-training",
    });
    expect(typeof resource.inputs.__provider).toBe("string");
    expect(status).toBe("CLOSED");

    expect(requirement.type).toBe("pulumi-nodejs:dynamic/toloka:TrainingRequirement");
    expect(requirement.name).toBe("main-pool-exam");
    // The requirement takes the clone's id: Pulumi orders it after the clone, and deletes it first.
    expect(requirement.inputs).toMatchObject({ poolId: "300001", trainingId: "200001", passingSkillValue: 80 });
    expect(mainPoolRequires).toBe("200001");
  });
});
