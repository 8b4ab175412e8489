import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const repoRoot = path.resolve(__dirname, "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, "package-lock.json"), "utf8")) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

/**
 * npm 11 runs no dependency's install script unless package.json's `allowScripts` allows it, and
 * ends `npm ci` with a list of the ones it skipped. Every dependency with one is decided in
 * `allowScripts` (see docs/development.md, "Install scripts"), so that list stays empty, and a new
 * dependency with an install script fails here until someone decides.
 */
describe("install scripts of the dependencies", () => {
  const withScripts = [
    ...new Set(
      Object.entries(lock.packages)
        .filter(([key, entry]) => key !== "" && entry.hasInstallScript)
        .map(([key]) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length)),
    ),
  ].sort();

  test("every dependency with an install script is decided in allowScripts, and no entry is stale", () => {
    expect(withScripts.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.allowScripts ?? {}).sort()).toEqual(withScripts);
  });

  test("none of them runs: they are not needed (see docs/development.md)", () => {
    expect(Object.values(manifest.allowScripts ?? {}).every((allowed) => allowed === false)).toBe(true);
  });

  // `npm install-scripts` is npm 11's; older npm has no such list.
  const ls = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["install-scripts", "ls"], { cwd: repoRoot, encoding: "utf8" });
  (ls.status === 0 ? test : test.skip)("npm itself lists none as unreviewed", () => {
    expect(ls.stdout.trim()).toBe("No packages with unreviewed install scripts.");
  });
});
