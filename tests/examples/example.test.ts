import * as pulumi from "@pulumi/pulumi";

/** The example program, run under Pulumi's mocks: what it registers, and with which inputs. */
describe("examples/index.ts", () => {
  test("registers one ClonedTraining with the source from stack config and a named clone", async () => {
    const registered: pulumi.runtime.MockResourceArgs[] = [];
    pulumi.runtime.setAllConfig({ "toloka-training:sourceTrainingId": "123456" });
    await pulumi.runtime.setMocks(
      {
        newResource(args) {
          registered.push(args);
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

    expect(registered).toHaveLength(1);
    const [resource] = registered;
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
  });
});
