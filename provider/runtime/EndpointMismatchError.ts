/**
 * The state says the clone lives behind another API endpoint than the one configured now.
 * Reporting it as gone (or skipping it) would orphan a real training pool, so every call refuses.
 */
export class EndpointMismatchError extends Error {
  override readonly name = "EndpointMismatchError";
  readonly trainingId: string;
  readonly recordedEndpoint: string;
  readonly configuredEndpoint: string;

  /** `subject` names what is refused, e.g. "the training requirement of pool 7"; default: the clone. */
  constructor(trainingId: string, recordedEndpoint: string, configuredEndpoint: string, action: string, subject?: string) {
    super(
      `Cannot ${action} ${subject ?? `cloned training ${trainingId}`}: it was created behind ${recordedEndpoint}, ` +
        `but the provider is configured for ${configuredEndpoint}. Set toloka:baseUrl (or toloka:environment) ` +
        `and toloka:apiKey back to the account behind ${recordedEndpoint} for this stack, then run \`pulumi up\`: ` +
        "`pulumi refresh` and `pulumi destroy` use the settings saved by the last `up` (or pass them --run-program). " +
        "To stop managing it without touching it, run `pulumi state delete` on the resource.",
    );
    this.trainingId = trainingId;
    this.recordedEndpoint = recordedEndpoint;
    this.configuredEndpoint = configuredEndpoint;
  }
}

/** True for an endpoint mismatch, even one from a second copy of this code (the name and the ids decide). */
export function isEndpointMismatchError(value: unknown): value is EndpointMismatchError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; recordedEndpoint?: unknown; configuredEndpoint?: unknown };
  return e.name === "EndpointMismatchError" && typeof e.recordedEndpoint === "string" && typeof e.configuredEndpoint === "string";
}
