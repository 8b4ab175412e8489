/** What the serialized provider (`__provider`) costs each resource's state. */
import type { Registered } from "../host/registerResources";

export interface ProviderFootprint {
  resources: number;
  /** UTF-8 bytes of each resource's `__provider`: one value when every resource stores the same text. */
  distinctBytes: number[];
  /** Distinct `__provider` texts across the stack's resources (1 = shared). */
  distinctTexts: number;
  /** Whether Create's outputs carry `__provider` too: the state then holds it twice per resource. */
  inOutputs: boolean;
  /** Bytes of `__provider` in one resource's state: inputs, plus outputs when they carry it. */
  stateBytesPerResource: number;
}

/** Reads `__provider` from every registered resource's inputs and from one Create's outputs. */
export function providerFootprint(registered: readonly Registered[], createdOutputs: Record<string, unknown>): ProviderFootprint {
  const texts = registered.map((r) => providerText(r.inputs));
  const distinct = [...new Set(texts)];
  const distinctBytes = distinct.map((t) => Buffer.byteLength(t, "utf8"));
  const outputText = createdOutputs.__provider === undefined ? undefined : providerText(createdOutputs);
  const largest = Math.max(...distinctBytes);
  return {
    resources: registered.length,
    distinctBytes,
    distinctTexts: distinct.length,
    inOutputs: outputText !== undefined,
    stateBytesPerResource: largest + (outputText === undefined ? 0 : Buffer.byteLength(outputText, "utf8")),
  };
}

/** The text, unwrapped if Pulumi marked it secret. */
function providerText(properties: Record<string, unknown>): string {
  const value = properties.__provider;
  if (typeof value === "string") return value;
  const wrapped = (value as { value?: unknown } | null | undefined)?.value;
  if (typeof wrapped === "string") return wrapped;
  throw new TypeError(`__provider is not a string: ${JSON.stringify(value)?.slice(0, 100)}`);
}
