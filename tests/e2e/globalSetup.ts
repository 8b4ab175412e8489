import { builtPulumiVersion, pulumiBinDir } from "./pulumiTools";

/** Fails the run at once, saying what to do, when the CLI is not built; prints its version. */
export default function globalSetup(): void {
  pulumiBinDir();
  process.stdout.write(`\nend-to-end suite: the real Pulumi CLI ${builtPulumiVersion()}\n`);
}
