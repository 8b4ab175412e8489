import { ProviderContexts } from "../../provider/runtime/ProviderContexts";
import { readRawSettings } from "../../provider/runtime/settings";

/**
 * The host deserializes and configures each provider text on its own (ClonedTraining's and
 * TrainingRequirement's): one pool of contexts keyed by settings gives them one client.
 */
describe("ProviderContexts", () => {
  const settings = (extra: Record<string, string> = {}) =>
    readRawSettings({ "toloka:apiKey": "k-one", "toloka:baseUrl": "http://127.0.0.1:9", ...extra }, {});

  test("the same settings give the same context (one client, limiter and registry); other settings another", () => {
    const pool = new ProviderContexts({ write: () => undefined });
    const first = pool.contextFor(settings());
    expect(pool.contextFor(settings())).toBe(first);
    expect(pool.contextFor(settings()).client).toBe(first.client);
    expect(pool.contextFor(settings({ "toloka:apiKey": "k-two" }))).not.toBe(first);
    expect(pool.contextFor(settings({ "toloka:maxRetries": "2" }))).not.toBe(first);
  });

  test("bad settings throw every time and are not kept", () => {
    const pool = new ProviderContexts({ write: () => undefined });
    const bad = settings({ "toloka:maxRetries": "-1" });
    expect(() => pool.contextFor(bad)).toThrow(/toloka:maxRetries/);
    expect(() => pool.contextFor(bad)).toThrow(/toloka:maxRetries/);
  });
});
