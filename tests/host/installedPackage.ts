import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const repoRoot = path.resolve(__dirname, "..", "..");
const FOLDER_PREFIX = "pulumi-toloka-consumer-";

interface PackageManifest {
  name: string;
  version: string;
  license?: string;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface LockEntry {
  version: string;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * Packs the package with `npm pack` (which builds it) and installs the tarball into a fresh
 * temporary Pulumi project the way a user installs it. `@pulumi/pulumi` is the user's own
 * dependency (a peer): it is linked from this repository's node_modules. Returns the project folder.
 *
 * The install is `npm ci` from a lockfile written for the consumer, with the package's
 * dependencies pinned to the versions and integrity hashes of this repository's lockfile. `npm ci`
 * of the repository stores exactly those tarballs in the npm cache (but no registry metadata), so
 * this install needs the registry only when the cache is empty, and works offline after `npm ci`.
 * A failed install leaves no folder behind. With `tarball` (one `npm pack` made earlier), nothing
 * is packed: the checkout's `dist/` is not rebuilt.
 */
export function installPackedPackage(tarball?: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), FOLDER_PREFIX));
  try {
    tarball ??= packPackage(repoRoot, work);
    const project = path.join(work, "project");
    fs.mkdirSync(project);
    installTarball(project, tarball);
    return project;
  } catch (e) {
    fs.rmSync(work, { recursive: true, force: true });
    throw e;
  }
}

/** `npm pack` of the package in `packageDir` (which builds it) into `destination`; the tarball's path. */
export function packPackage(packageDir: string, destination: string): string {
  const name = npm(["pack", "--silent", "--pack-destination", destination], packageDir).trim().split("\n").pop()!;
  return path.join(destination, name);
}

/**
 * Installs `tarball` as the only dependency of `project` with `npm ci` (replacing what was
 * installed), its dependencies pinned by `lockfileDir`'s package-lock.json, and links
 * `@pulumi/pulumi` from this repository: the user's own dependency, a peer of the package.
 */
export function installTarball(project: string, tarball: string, lockfileDir: string = repoRoot): void {
  writeConsumerLockfile(project, `file:${path.relative(project, tarball)}`, readManifest(tarball), lockfileDir);
  // --prefer-offline: the cached tarballs serve whenever they are there; the registry otherwise.
  npm(["ci", "--prefer-offline", "--no-audit", "--no-fund", "--legacy-peer-deps", "--ignore-scripts", "--loglevel=error"], project);
  fs.symlinkSync(path.join(repoRoot, "node_modules", "@pulumi"), path.join(project, "node_modules", "@pulumi"), "dir");
}

/** The package.json inside a tarball made by `npm pack`. */
function readManifest(tarball: string): PackageManifest {
  const text = execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" });
  return JSON.parse(text) as PackageManifest;
}

/** Removes what `installPackedPackage` made. */
export function removeInstalledPackage(project: string): void {
  const work = path.dirname(project);
  if (path.basename(work).startsWith(FOLDER_PREFIX)) fs.rmSync(work, { recursive: true, force: true });
}

function npm(args: string[], cwd: string): string {
  const command = process.platform === "win32" ? "npm.cmd" : "npm";
  try {
    return execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? "").trim();
    throw new Error(`npm ${args[0]} in ${cwd} failed${stderr ? `:\n${stderr}` : ""}`, { cause: e });
  }
}

/**
 * A package.json and package-lock.json for a project that depends on the tarball only. The
 * package's runtime dependencies, and theirs, are copied from the lockfile in `lockfileDir`, where
 * npm hoists them to `node_modules/<name>`.
 */
function writeConsumerLockfile(project: string, tarballSpec: string, own: PackageManifest, lockfileDir: string): void {
  const lock: { packages: Record<string, LockEntry> } = JSON.parse(fs.readFileSync(path.join(lockfileDir, "package-lock.json"), "utf8"));
  const root = { name: "consumer", version: "1.0.0", private: true, dependencies: { [own.name]: tarballSpec } };
  const packages: Record<string, unknown> = {
    "": root,
    [`node_modules/${own.name}`]: {
      version: own.version,
      resolved: tarballSpec,
      license: own.license,
      dependencies: own.dependencies,
      peerDependencies: own.peerDependencies,
      bin: own.bin,
    },
  };
  const pending = Object.keys(own.dependencies ?? {});
  while (pending.length > 0) {
    const name = pending.pop()!;
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const entry = lock.packages[key];
    if (!entry) throw new Error(`package-lock.json has no hoisted entry for ${name}, a runtime dependency of ${own.name}: run npm install`);
    packages[key] = entry;
    pending.push(...Object.keys(entry.dependencies ?? {}));
  }
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify(root, null, 2));
  fs.writeFileSync(
    path.join(project, "package-lock.json"),
    JSON.stringify({ name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}
