import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const repoRoot = path.resolve(__dirname, "..", "..");

/** Where `npm run pulumi:build` (tools/build-pulumi.sh) puts the CLI and the Node language host. */
export const PULUMI_BIN_DIR = path.join(repoRoot, ".tools", "bin");

/** The dynamic provider plugin: a small shell script at the root of the `@pulumi/pulumi` npm package. */
const RESOURCE_PLUGIN = "pulumi-resource-pulumi-nodejs";

/** The built CLI's version, or undefined when it is not built. */
export function builtPulumiVersion(): string | undefined {
  const cli = path.join(PULUMI_BIN_DIR, "pulumi");
  if (!fs.existsSync(cli)) return undefined;
  try {
    return execFileSync(cli, ["version"], { encoding: "utf8", env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: "true" } }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The folder to put first on the PATH of a run: the CLI, the language host and the dynamic
 * provider plugin side by side. The plugin is copied from this repository's `@pulumi/pulumi`
 * beside the CLI, because with PULUMI_IGNORE_AMBIENT_PLUGINS the engine looks for plugins beside
 * its own executable (sdk/go/common/workspace/plugins.go), so nothing else on the machine's PATH
 * is picked up. Throws, saying what to run, when the CLI is not built.
 */
export function pulumiBinDir(): string {
  if (!builtPulumiVersion() || !fs.existsSync(path.join(PULUMI_BIN_DIR, "pulumi-language-nodejs"))) {
    throw new Error(`The Pulumi CLI is not built in ${PULUMI_BIN_DIR}: run \`npm run pulumi:build\` (it needs Go 1.26 and the Go module proxy).`);
  }
  const source = path.join(repoRoot, "node_modules", "@pulumi", "pulumi", RESOURCE_PLUGIN);
  const target = path.join(PULUMI_BIN_DIR, RESOURCE_PLUGIN);
  if (!fs.existsSync(target) || fs.readFileSync(target, "utf8") !== fs.readFileSync(source, "utf8")) {
    fs.copyFileSync(source, target);
    fs.chmodSync(target, 0o755);
  }
  return PULUMI_BIN_DIR;
}
