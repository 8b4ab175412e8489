import { TolokaEmulator } from "../../emulator";
import { cleanEnv, ProviderHost, repoRoot, urnOf } from "./ProviderHost";
import { registerResources } from "./registerResources";

/**
 * The repository root is itself a Pulumi project (Pulumi.yaml runs examples/index.ts): the
 * provider code a program there stores must load in a host started there, as `pulumi up` at the
 * root would start it (the package reaches itself through its own devDependency link).
 */
describe("the repository as a Pulumi project", () => {
  let emulator: TolokaEmulator;
  let host: ProviderHost | undefined;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 50 });
  });
  afterAll(async () => {
    await host?.stop();
    await emulator?.close();
  });

  test("a clone made from the root's own build is created and archived by a host started at the root", async () => {
    const project = emulator.addProject();
    const source = emulator.addTraining({ project_id: project.id });
    const [registered] = registerResources(repoRoot, [{ name: "root", args: { sourceTrainingId: source.id } }]);
    host = await ProviderHost.start({ cwd: repoRoot, env: cleanEnv() });
    await host.configure({ "toloka:apiKey": emulator.apiKey, "toloka:baseUrl": emulator.baseUrl });
    const urn = urnOf("root");
    const checked = await host.check(urn, {}, registered.inputs);
    const created = await host.create(urn, checked.inputs);
    expect(emulator.training(created.id)?.status).toBe("CLOSED");
    await host.delete(urn, created.id, created.properties);
    expect(emulator.training(created.id)?.status).toBe("ARCHIVED");
  });
});
