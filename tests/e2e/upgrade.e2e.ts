import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { installTarball, packPackage } from "../host/installedPackage";
import { startE2eWorld, type E2eWorld } from "./e2eWorld";
import { PREVIOUS_RELEASE } from "./previousRelease";
import { expectSuccess } from "./PulumiRun";
import { releaseTarball } from "./releaseTarball";

const repoRoot = path.resolve(__dirname, "..", "..");

/**
 * 9. How a user upgrades: a stack deployed with the previous release, then this build installed
 * over it. The state keeps the old release's stored provider code, which reaches the package
 * only through its main entry, now the new one: preview must see no change, and destroy must work.
 */
describe(`upgrading a stack deployed with ${PREVIOUS_RELEASE.version} to this build`, () => {
  let world: E2eWorld;
  let work: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-toloka-upgrade-"));
    const old = releaseTarball(PREVIOUS_RELEASE.commit, work);
    world = await startE2eWorld({
      install: () => {
        const project = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-toloka-consumer-"));
        const dir = path.join(project, "project");
        fs.mkdirSync(dir);
        installTarball(dir, old, path.dirname(path.dirname(old)));
        return dir;
      },
    });
  });
  afterAll(async () => {
    await world?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test(`up with ${PREVIOUS_RELEASE.version}, install this build, preview --expect-no-changes, destroy`, async () => {
    const installed = () => JSON.parse(fs.readFileSync(path.join(world.workspace.project, "node_modules", "pulumi-toloka", "package.json"), "utf8"));
    expect(installed().version).toBe(PREVIOUS_RELEASE.version);
    expectSuccess(await world.workspace.run(["up", "--yes", "--non-interactive"]));
    const [clone] = world.liveClones();
    expect(world.poolRequires()).toBe(clone.id);

    const current = fs.mkdtempSync(path.join(work, "current-"));
    installTarball(world.workspace.project, packPackage(repoRoot, current));
    expect(fs.existsSync(path.join(world.workspace.project, "node_modules", "pulumi-toloka", "dist", "provider", "index.js"))).toBe(true);

    expectSuccess(await world.workspace.run(["preview", "--expect-no-changes", "--non-interactive"]));
    expectSuccess(await world.workspace.run(["destroy", "--yes", "--non-interactive"]));
    expect(world.emulator.training(clone.id)?.status).toBe("ARCHIVED");
    expect(world.poolRequires()).toBe(world.legacyTrainingId);
    expect(world.emulator.pool(world.poolId)?.status).toBe("OPEN");
  });
});
