import fetch from "node-fetch";
import { TolokaEmulator } from "../../emulator";
import { ClonedTrainingRuntime } from "../../provider/clonedTraining/ClonedTrainingRuntime";
import type { FetchLike } from "../../provider/toloka";

/**
 * A clone operation that times out after it already names its clone (the emulator names clones
 * only on SUCCESS; a proxy in front of it adds `details.training_id` early, as Toloka might).
 */
describe("a clone operation that times out", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 50 });
  });
  afterAll(async () => emulator?.close());

  function runtime(fetchImpl: FetchLike): ClonedTrainingRuntime {
    const env = { TOLOKA_API_KEY: emulator.apiKey, TOLOKA_BASE_URL: emulator.baseUrl, TOLOKA_TIME_SCALE: "0.01" };
    return new ClonedTrainingRuntime({ env, fetch: fetchImpl, write: () => undefined });
  }

  test("is recorded as a partial creation when the operation already names the clone", async () => {
    const project = emulator.addProject();
    const source = emulator.addTraining({ project_id: project.id });
    const early = emulator.addTraining({ project_id: project.id, private_name: "made early" });
    emulator.inject({ route: "trainings.clone", fault: { kind: "operation", outcome: "hang" } });
    const namingEarly: FetchLike = async (url, init) => {
      const answer = await fetch(url, init);
      if (!/\/operations\/[0-9a-f-]{36}$/.test(url)) return answer;
      const op = JSON.parse(await answer.text());
      op.details = { training_id: early.id };
      return { status: answer.status, headers: answer.headers, text: async () => JSON.stringify(op) };
    };
    const inputs = { sourceTrainingId: source.id, operationTimeoutSeconds: 0.5, closeBeforeArchive: false, __provider: "code" };
    const error = await runtime(namingEarly).create(inputs).catch((e) => e);
    expect(error.name).toBe("PartialCreationError");
    expect(error.id).toBe(early.id);
    expect(error.properties).toMatchObject({ trainingId: early.id, sourceTrainingId: source.id, __provider: "code" });
    expect(error.message).toMatch(new RegExp(`Cloned training ${early.id} was created, but finishing it failed \\(waiting for its clone operation\\): Toloka operation .* did not finish`));
    expect(error.reasons).toEqual([error.message]);
    expect(error.properties.__creationUnfinished).toBe(true);
  });

  test("otherwise fails without an id, saying that the next up takes the clone", async () => {
    const project = emulator.addProject();
    const source = emulator.addTraining({ project_id: project.id });
    emulator.inject({ route: "trainings.clone", fault: { kind: "operation", outcome: "hang" } });
    const inputs = { sourceTrainingId: source.id, operationTimeoutSeconds: 0.5, closeBeforeArchive: false };
    const error = await runtime(fetch as unknown as FetchLike).create(inputs).catch((e) => e);
    expect(error.name).toBe("OperationTimeoutError");
    expect(error.id).toBeUndefined();
    expect(error.message).toMatch(/the next `pulumi up` of this resource takes that training instead of cloning again/);
  });
});
