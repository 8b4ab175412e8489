/** The provider host got SIGINT or SIGTERM (a second Ctrl-C of `pulumi up`): no new clone starts. */
export class ProviderStoppingError extends Error {
  override readonly name = "ProviderStoppingError" as const;

  constructor(readonly signal: string) {
    super(
      `The provider is stopping (${signal}, as Pulumi sends when \`pulumi up\` is interrupted twice): this clone was not started. ` +
        "Run `pulumi up` again; clones that were already running are taken by that run.",
    );
  }
}
