import { installPackedPackage } from "./host/installedPackage";

/** Packs and installs the package once per run; host tests drive it from there. */
export default function globalSetup(): void {
  if (!process.env.PULUMI_TOLOKA_CONSUMER) process.env.PULUMI_TOLOKA_CONSUMER = installPackedPackage();
}
