import { EndpointMismatchError } from "./EndpointMismatchError";
import type { ProviderContext } from "./ProviderContext";

/** Refuses to touch an object recorded behind another endpoint (states without one predate the field). */
export function requireSameEndpoint(
  ctx: ProviderContext,
  trainingId: string,
  props: Record<string, unknown>,
  action: string,
  subject?: string,
): void {
  const recorded = props.endpoint;
  if (typeof recorded === "string" && recorded !== "" && recorded !== ctx.endpoint) {
    throw new EndpointMismatchError(trainingId, recorded, ctx.endpoint, action, subject);
  }
}
