import type { EmulatorOptionsPatch } from "../../emulator";
import { startHostWorld, type HostWorld } from "./hostFixture";

const SHAPES: [string, EmulatorOptionsPatch][] = [
  ["operations without progress or details, timestamps without decimals", { operationFields: "sdk", timestampDigits: 0 }],
  ["operations without progress or details, timestamps with 6 decimals", { operationFields: "sdk", timestampDigits: 6 }],
  ["operations with progress and details, timestamps with 3 decimals", { operationFields: "full", timestampDigits: 3 }],
];

/**
 * Real answers differ from the seeds: toloka-kit's fixtures of POOL.* and TRAINING.* operations
 * carry no `progress` and no `details` (a finished clone's `details.training_id` aside), and
 * timestamps come with 0, 3 or 6 decimals. The whole lifecycle works with each.
 */
describe("answers in every shape Toloka sends, through the provider host", () => {
  let w: HostWorld;
  beforeAll(async () => {
    w = await startHostWorld({
      resources: SHAPES.flatMap((_s, i) => [
        { name: `clone${i}` },
        { name: `link${i}`, kind: "TrainingRequirement" as const, args: { poolId: "1", trainingId: "1", passingSkillValue: 1 } },
      ]),
    });
  });
  afterAll(async () => w?.stop());

  test.each(SHAPES.map(([name, options], i) => [name, options, i] as const))("%s", async (_name, options, i) => {
    w.emulator.setOptions(options);
    try {
      const clone = await w.up(`clone${i}`, { privateName: `Shapes ${i}` });
      w.emulator.setTrainingStatus(clone.id, "OPEN");
      const renamed = await w.host.update(clone.urn, clone.id, clone.state, { ...clone.inputs, privateName: `Shapes ${i}, renamed` });
      expect(renamed.properties).toMatchObject({ status: "OPEN", actualPrivateName: `Shapes ${i}, renamed` });

      const pool = w.emulator.addPool({ project_id: w.projectId, private_name: `Main ${i}` });
      const link = await w.up(`link${i}`, { poolId: pool.id, trainingId: clone.id, passingSkillValue: 70 });
      expect(w.emulator.pool(pool.id)).toMatchObject({ status: "OPEN", quality_control: { training_requirement: { training_pool_id: clone.id } } });
      await w.host.delete(link.urn, link.id, link.state);
      expect(w.emulator.pool(pool.id)?.quality_control?.training_requirement).toBeUndefined();
      expect(w.emulator.pool(pool.id)?.status).toBe("OPEN");

      const closed = { ...renamed.properties, closeBeforeArchive: true };
      await w.host.delete(clone.urn, clone.id, closed);
      expect(w.emulator.training(clone.id)?.status).toBe("ARCHIVED");
    } finally {
      w.emulator.setOptions({ operationFields: "full", timestampDigits: 3 });
    }
  });
});
