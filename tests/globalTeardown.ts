import { removeInstalledPackage } from "./host/installedPackage";

/** Removes the temporary project globalSetup made. */
export default function globalTeardown(): void {
  const project = process.env.PULUMI_TOLOKA_CONSUMER;
  if (project) removeInstalledPackage(project);
}
