import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const repoRoot = path.resolve(__dirname, "..", "..");

/**
 * Packs the package with `npm pack` (which builds it) and installs the tarball into a fresh
 * temporary Pulumi project, offline, the way a user installs it. `@pulumi/pulumi` is the user's
 * own dependency (a peer): it is linked from this repository's node_modules.
 * Returns the project folder.
 */
export function installPackedPackage(): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-toloka-consumer-"));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const quiet = { stdio: ["ignore", "pipe", "pipe"] as ("ignore" | "pipe")[], encoding: "utf8" as const };
  const packed = execFileSync(npm, ["pack", "--silent", "--pack-destination", work], { ...quiet, cwd: repoRoot })
    .trim()
    .split("\n")
    .pop()!;
  const tarball = path.join(work, packed);
  const project = path.join(work, "project");
  fs.mkdirSync(project);
  fs.writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies: { "pulumi-toloka": `file:${tarball}` } }),
  );
  execFileSync(
    npm,
    ["install", "--offline", "--no-audit", "--no-fund", "--legacy-peer-deps", "--ignore-scripts", "--loglevel=error"],
    { ...quiet, cwd: project },
  );
  fs.symlinkSync(path.join(repoRoot, "node_modules", "@pulumi"), path.join(project, "node_modules", "@pulumi"), "dir");
  return project;
}

/** Removes what `installPackedPackage` made. */
export function removeInstalledPackage(project: string): void {
  const work = path.dirname(project);
  if (path.basename(work).startsWith("pulumi-toloka-consumer-")) fs.rmSync(work, { recursive: true, force: true });
}
