import { TolokaEmulator } from "../../emulator/TolokaEmulator";

/** What the emulator's inspection methods return are snapshots, and their types say so. */
describe("emulator snapshots", () => {
  test("a training or pool read from the emulator is read-only; changes go through the emulator's methods", async () => {
    const emulator = await TolokaEmulator.start();
    try {
      const project = emulator.addProject();
      const id = emulator.addTraining({ project_id: project.id, private_name: "Original" }).id;
      const poolId = emulator.addPool({ project_id: project.id }).id;
      const snapshot = emulator.training(id)!;
      // @ts-expect-error: a snapshot is Readonly (npm test's type check fails if this line compiles)
      snapshot.private_name = "Changed on the copy";
      const pool = emulator.pool(poolId)!;
      // @ts-expect-error: likewise for pools
      pool.status = "ARCHIVED";
      expect(emulator.training(id)?.private_name).toBe("Original");
      expect(emulator.pool(poolId)?.status).toBe("OPEN");

      emulator.updateTraining(id, { private_name: "Changed" });
      expect(emulator.training(id)?.private_name).toBe("Changed");
    } finally {
      await emulator.close();
    }
  });
});
