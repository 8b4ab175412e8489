/** The serialized text of a trivial dynamic provider, made in a plain Node child process. */
import { execFileSync } from "child_process";
import * as path from "path";

/** Runs serializeTrivialProvider.js in `projectFolder` (where `@pulumi/pulumi` resolves) and returns what it prints. */
export function trivialProviderText(projectFolder: string): string {
  return execFileSync(process.execPath, [path.join(__dirname, "serializeTrivialProvider.js")], {
    cwd: projectFolder,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
