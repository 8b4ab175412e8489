import fetch from "node-fetch";
import { TolokaEmulator } from "../../emulator";
import { EndpointMismatchError, isEndpointMismatchError, isPartialCreationError, PartialCreationError } from "../../provider";
import { ClonedTrainingRuntime } from "../../provider/clonedTraining/ClonedTrainingRuntime";
import type { FetchLike } from "../../provider/toloka";
import { rejectionOf } from "../support/rejectionOf";

/**
 * Every exported error class has an `isX()` guard that works on duck types: the provider host can
 * load a second copy of the package, so `instanceof` may miss.
 */
describe("the guards of the runtime's errors", () => {
  let emulator: TolokaEmulator;
  let sourceId: string;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 20 });
    sourceId = emulator.addTraining({ project_id: emulator.addProject().id }).id;
  });
  afterAll(async () => emulator?.close());

  const runtime = () =>
    new ClonedTrainingRuntime({
      env: { TOLOKA_API_KEY: emulator.apiKey, TOLOKA_BASE_URL: emulator.baseUrl, TOLOKA_TIME_SCALE: "0.01" },
      fetch: fetch as unknown as FetchLike,
      write: () => undefined,
    });
  const inputs = () => ({ sourceTrainingId: sourceId, closeBeforeArchive: false, operationTimeoutSeconds: 30 });

  test("isPartialCreationError: a create that failed after the clone exists", async () => {
    emulator.inject({ route: "trainings.update", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    const error = await rejectionOf(runtime().create({ ...inputs(), privateName: "Will not stick" }));
    expect(error).toBeInstanceOf(PartialCreationError);
    expect(isPartialCreationError(error)).toBe(true);
    expect(isEndpointMismatchError(error)).toBe(false);
  });

  test("isEndpointMismatchError: a clone recorded behind another endpoint", async () => {
    const { id, outs } = await runtime().create(inputs());
    const error = await rejectionOf(runtime().read(id, { ...outs, endpoint: "https://toloka.dev" }));
    expect(error).toBeInstanceOf(EndpointMismatchError);
    expect(isEndpointMismatchError(error)).toBe(true);
    expect(isPartialCreationError(error)).toBe(false);
  });

  test("both know an error of a second copy of the class by its name and fields, and nothing else", () => {
    const mismatch = { name: "EndpointMismatchError", message: "Cannot refresh", trainingId: "1", recordedEndpoint: "https://a", configuredEndpoint: "https://b" };
    const partial = { name: "PartialCreationError", message: "created, but", id: "1", properties: {}, reasons: ["created, but"] };
    expect(isEndpointMismatchError(mismatch)).toBe(true);
    expect(isPartialCreationError(partial)).toBe(true);
    expect(isEndpointMismatchError({ ...mismatch, name: "Error" })).toBe(false);
    expect(isPartialCreationError({ ...partial, id: undefined })).toBe(false);
    expect(isEndpointMismatchError(new Error("x"))).toBe(false);
    expect(isPartialCreationError(undefined)).toBe(false);
  });
});
