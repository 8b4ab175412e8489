import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { packPackage } from "../host/installedPackage";

const repoRoot = path.resolve(__dirname, "..", "..");

/**
 * The tarball a user would have installed at `commit`: its tree from git (`git archive`) in a new
 * folder under `work`, packed with `npm pack`, whose `prepare` builds it with this checkout's
 * TypeScript and dependencies. Fails, naming the commit, when the clone does not hold it.
 */
export function releaseTarball(commit: string, work: string): string {
  try {
    execFileSync("git", ["cat-file", "-e", `${commit}^{commit}`], { cwd: repoRoot, stdio: "ignore" });
  } catch {
    throw new Error(`This clone does not hold commit ${commit} (the previous release): clone with full history (not --depth) to run the upgrade test.`);
  }
  const tree = fs.mkdtempSync(path.join(work, "release-"));
  execFileSync("sh", ["-c", `git archive --format=tar ${commit} | tar -x -C '${tree}'`], { cwd: repoRoot });
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(tree, "node_modules"), "dir");
  const destination = path.join(tree, ".pack");
  fs.mkdirSync(destination);
  return packPackage(tree, destination);
}
