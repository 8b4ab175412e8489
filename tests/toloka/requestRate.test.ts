import { clientFor, startEmulator } from "./helpers";
import type { TolokaEmulator } from "../../emulator";

/** Toloka's per-second request limit, at real time: the client waits the second out and gets through. */
describe("request-rate 429s", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ requestsPerSecond: 10 });
  });
  afterAll(async () => emulator?.close());

  test("30 concurrent GETs against a limit of 10 a second all succeed, each 429 followed by a wait of at least 1 s", async () => {
    const project = emulator.addProject();
    const training = emulator.addTraining({ project_id: project.id });
    const { client, lines } = clientFor(emulator, { timeScale: 1, maxRetries: 6 });
    const results = await Promise.all(Array.from({ length: 30 }, () => client.getTraining(training.id)));
    expect(results.every((t) => t.id === training.id)).toBe(true);
    const retries = lines.filter((l) => l.includes("429"));
    expect(retries.length).toBeGreaterThan(0);
    for (const line of retries) {
      const waited = Number(/in (\d+) ms$/.exec(line)?.[1]);
      expect(waited).toBeGreaterThanOrEqual(1000);
    }
  });
});
