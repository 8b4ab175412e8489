import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cleanUpOnExit } from "./cleanUpOnExit";

/**
 * Gives the demo a temporary folder of its own and makes it TMPDIR for the rest of the run (its
 * own folders and its children's: npm's, the Pulumi CLI's, the language host's pipes), so that
 * removing that one folder removes everything the run left, however it ends. Returns the remover.
 */
export function useOwnTempDir(): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-toloka-demo-"));
  for (const name of ["TMPDIR", "TMP", "TEMP"]) process.env[name] = folder;
  return cleanUpOnExit(() => fs.rmSync(folder, { recursive: true, force: true }));
}
