import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TolokaEmulator } from "../../emulator";
import { packPackage } from "../host/installedPackage";
import { cleanEnv, ProviderHost, urnOf } from "../host/ProviderHost";
import { registerResources } from "../host/registerResources";

const repoRoot = path.resolve(__dirname, "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { peerDependencies: Record<string, string> };
/** The lowest SDK the peer range admits: its host is the first to take the inputs `read` returns. */
const LOWEST = manifest.peerDependencies["@pulumi/pulumi"].replace(/^\^/, "");

/**
 * The lowest `@pulumi/pulumi` the package claims, installed from the registry beside the packed
 * package, as a user with an older SDK has it: its provider host runs the provider, and a refresh
 * of an outside rename reaches the inputs (what `ignoreChanges: ["privateName"]` keeps).
 */
describe(`the lowest @pulumi/pulumi the package claims (${LOWEST})`, () => {
  let work: string;
  let project: string;
  let emulator: TolokaEmulator;
  let host: ProviderHost | undefined;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-toloka-lowest-sdk-"));
    const tarball = packPackage(repoRoot, work);
    project = path.join(work, "project");
    fs.mkdirSync(project);
    fs.writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify({ name: "lowest-sdk", private: true, dependencies: { "@pulumi/pulumi": LOWEST, "pulumi-toloka": `file:${tarball}` } }),
    );
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: project, stdio: "inherit" });
    emulator = await TolokaEmulator.start({ operationDurationMs: 50 });
  }, 600_000);
  afterAll(async () => {
    await host?.stop();
    await emulator?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test("create, then a refresh of an outside rename returns Toloka's name as the input", async () => {
    const installed = JSON.parse(fs.readFileSync(path.join(project, "node_modules/@pulumi/pulumi/package.json"), "utf8")).version;
    expect(installed).toBe(LOWEST);
    const projectRecord = emulator.addProject();
    const source = emulator.addTraining({ project_id: projectRecord.id, private_name: "Exam (template)" });
    const [registered] = registerResources(project, [{ name: "exam", args: { sourceTrainingId: source.id, privateName: "Exam" } }]);
    const urn = urnOf("exam", registered.type);

    host = await ProviderHost.start({ cwd: project, env: cleanEnv() });
    await host.configure({ "toloka:apiKey": emulator.apiKey, "toloka:baseUrl": emulator.baseUrl, "toloka:timeScale": "0.01" });
    const checked = await host.check(urn, {}, registered.inputs);
    expect(checked.failures).toEqual([]);
    const created = await host.create(urn, checked.inputs);
    expect(emulator.training(created.id)?.private_name).toBe("Exam");

    emulator.updateTraining(created.id, { private_name: "Renamed by a person" });
    const refreshed = await host.read(urn, created.id, created.properties, checked.inputs);
    expect(refreshed.inputs?.privateName).toBe("Renamed by a person");
    expect(refreshed.properties.actualPrivateName).toBe("Renamed by a person");

    await host.delete(urn, created.id, refreshed.properties);
    expect(emulator.training(created.id)?.status).toBe("ARCHIVED");
  });
});
