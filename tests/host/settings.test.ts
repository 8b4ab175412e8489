import { TolokaEmulator } from "../../emulator";
import { consumerProject } from "./hostFixture";
import { cleanEnv, ProviderHost, urnOf } from "./ProviderHost";
import { registerResources } from "./registerResources";

/** Settings reach the provider through configure() or the environment, and the key never leaks. */
describe("provider settings through the host", () => {
  let emulator: TolokaEmulator;
  let sourceId: string;
  let inputs: Record<string, unknown>;
  const hosts: ProviderHost[] = [];
  const seen: string[] = [];

  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 100 });
    const project = emulator.addProject();
    sourceId = emulator.addTraining({ project_id: project.id }).id;
    [{ inputs }] = registerResources(consumerProject(), [{ name: "settings", args: { sourceTrainingId: sourceId } }]);
    seen.push(String(inputs.__provider));
  });
  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.stop()));
    await emulator?.close();
  });

  async function host(config: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ProviderHost> {
    const h = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv(env) });
    hosts.push(h);
    await h.configure(config);
    return h;
  }

  const urn = urnOf("settings");
  const record = <T>(value: T): T => {
    seen.push(JSON.stringify(value));
    return value;
  };

  test("check needs no key and sends nothing; create without a key names both ways to set it", async () => {
    const h = await host({ "toloka:baseUrl": emulator.baseUrl });
    emulator.clearRequests();
    const checked = record(await h.check(urn, {}, inputs));
    expect(checked.failures).toEqual([]);
    await expect(h.create(urn, checked.inputs)).rejects.toThrow(
      "No Toloka API key is set. Set it for the stack with `pulumi config set --secret toloka:apiKey <key>`, or export the TOLOKA_API_KEY environment variable.",
    );
    expect(emulator.requests).toEqual([]);
  });

  test("the key from stack config works and appears in no answer, state or log", async () => {
    const h = await host({ "toloka:apiKey": emulator.apiKey, "toloka:baseUrl": emulator.baseUrl });
    const checked = record(await h.check(urn, {}, inputs));
    const created = record(await h.create(urn, checked.inputs));
    record(await h.read(urn, created.id, created.properties, checked.inputs));
    await h.delete(urn, created.id, created.properties);
    expect(emulator.training(created.id)?.status).toBe("ARCHIVED");
    seen.push(h.log);
  });

  test("the key from TOLOKA_API_KEY works; a wrong key is a clear 401 without a retry storm", async () => {
    const h = await host({ "toloka:baseUrl": emulator.baseUrl }, { TOLOKA_API_KEY: emulator.apiKey });
    const checked = await h.check(urn, {}, inputs);
    const created = record(await h.create(urn, checked.inputs));
    expect(emulator.training(created.id)).toBeDefined();

    const wrongKey = "wrong-key-0123456789abcdefghij";
    const bad = await host({ "toloka:baseUrl": emulator.baseUrl }, { TOLOKA_API_KEY: wrongKey });
    emulator.clearRequests();
    const error = await bad.create(urn, checked.inputs).catch((e) => e);
    expect(error.message).toMatch(/401/);
    expect(error.message).toMatch(/AUTHENTICATION_ERROR/);
    expect(error.message).not.toContain(wrongKey);
    expect(emulator.requests).toHaveLength(1);
    seen.push(h.log, bad.log, error.message);
    expect(bad.log).not.toContain(wrongKey);
  });

  test.each([
    [{ "toloka:baseUrl": "http://toloka.example.com" }, /toloka:baseUrl.*plain http to a remote host/],
    [{ "toloka:baseUrl": "https://user:secret@toloka.dev" }, /toloka:baseUrl.*holds credentials/],
    [{ "toloka:environment": "staging" }, /toloka:environment.*"staging" is not a Toloka environment/],
    [{ "toloka:authScheme": "Bearer" }, /toloka:authScheme is "Bearer": use "ApiKey" or "OAuth"/],
    [{ "toloka:maxRetries": "many" }, /toloka:maxRetries is "many": it must be a whole number/],
  ])("bad setting %j is a clear configuration error at the first call, not at configure", async (config, message) => {
    const h = await host({ "toloka:apiKey": emulator.apiKey, ...config });
    const checked = await h.check(urn, {}, inputs);
    expect(checked.failures).toEqual([]);
    await expect(h.create(urn, checked.inputs)).rejects.toThrow(message);
  });

  test.each([
    [{ "toloka:environment": "staging" }, {}],
    [{}, { TOLOKA_ENVIRONMENT: "staging" }],
  ])("baseUrl wins over environment, which is then not read: %j %j", async (config, env) => {
    const h = await host({ "toloka:apiKey": emulator.apiKey, "toloka:baseUrl": emulator.baseUrl, ...config }, env);
    const checked = await h.check(urn, {}, inputs);
    const created = record(await h.create(urn, checked.inputs));
    expect(created.properties.endpoint).toBe(emulator.baseUrl);
    expect(emulator.training(created.id)).toBeDefined();
  });

  test.each([
    ["stack config", { "toloka:apiKey": "KEY" }, {}],
    ["the environment", {}, { TOLOKA_API_KEY: "KEY" }],
  ])("a key from %s that Toloka echoes back is redacted from errors, causes and the host's stack dumps", async (_from, config, env) => {
    const fill = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === "KEY" ? emulator.apiKey : v]));
    const h = await host({ "toloka:baseUrl": emulator.baseUrl, "toloka:timeScale": "0.01", ...fill(config) }, fill(env));
    const checked = await h.check(urn, {}, inputs);
    const created = record(await h.create(urn, checked.inputs));
    const echo = { kind: "status" as const, status: 500, payload: { authorization: `ApiKey ${emulator.apiKey}`, key: emulator.apiKey } };
    emulator.inject({ route: "trainings.get", times: 20, fault: echo });
    const readError = await h.read(urn, created.id, created.properties, checked.inputs).catch((e) => e);
    const deleteError = await h.delete(urn, created.id, created.properties).catch((e) => e);
    emulator.clearFaults();
    expect(readError.message).toMatch(/500/);
    expect(deleteError.message).toMatch(/\[REDACTED\]/);
    expect(h.log).toMatch(/Error: .*: .*\n\s+at /); // the host printed `${e}: ${e.stack}`
    seen.push(readError.message, deleteError.message, h.log);
  });

  test("the API key is in nothing the provider produced", () => {
    expect(seen.length).toBeGreaterThan(5);
    for (const text of seen) expect(text).not.toContain(emulator.apiKey);
  });
});
