import { AUTH_SCHEMES, type AuthScheme, detectAuthScheme } from "./authorization";
import { type Clock, systemClock } from "./clock";
import { resolveEndpoint } from "./endpoint";
import type { FetchLike } from "./FetchLike";
import { TolokaConfigError, quoteValue } from "./TolokaConfigError";
import { PACKAGE_VERSION } from "./version";

export interface TolokaClientOptions {
  /** Scheme and host, e.g. `https://toloka.dev` (see `resolveEndpoint`). Required. */
  baseUrl: string;
  /** The Toloka API key (or legacy OAuth token). Required; redacted from every error and log line. */
  apiKey: string;
  /** Default: detected from the key the way the official SDK does (`detectAuthScheme`). */
  authScheme?: AuthScheme;
  /** Per attempt, body included. Not scaled by `timeScale`. */
  requestTimeoutMs: number;
  /** Retries after the first attempt (quota and refusal waits included). */
  maxRetries: number;
  /** Backoff floor: the first retry waits between this and twice this. */
  minRetryDelayMs: number;
  /** Backoff cap. */
  maxRetryDelayMs: number;
  /** Retry-After and quota waits are clamped to this. */
  maxRetryAfterMs: number;
  /** Client-side pacing: at most this many clone requests per `cloneRateWindowMs`; 0 = off. */
  cloneRatePerWindow: number;
  /**
   * Pacing window; 0 = off. Also how long a MIN quota 429 without Retry-After waits
   * (60000 when pacing is off).
   */
  cloneRateWindowMs: number;
  /** Multiplies every wait the client decides on; tests use e.g. 0.001 (see `scaleWaitMs`). */
  timeScale: number;
  userAgent: string;
  /** Default: node-fetch. */
  fetch?: FetchLike;
  /** Default: `systemClock`. */
  clock?: Clock;
  /** Uniform in [0, 1), for jitter. Default: Math.random. */
  random?: () => number;
  /** Receives one line per retry or wait; secrets are already redacted. Default: silent. */
  log?: (line: string) => void;
}

/** What a caller passes: `baseUrl` and `apiKey`, plus any option to override. */
export type TolokaClientSettings = Partial<TolokaClientOptions> & Pick<TolokaClientOptions, "baseUrl" | "apiKey">;

/** The defaults: the official SDK's 10 s timeout; Toloka's documented 20 clones a minute. */
export const DEFAULT_CLIENT_OPTIONS = Object.freeze({
  requestTimeoutMs: 10_000,
  maxRetries: 5,
  minRetryDelayMs: 250,
  maxRetryDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
  cloneRatePerWindow: 20,
  cloneRateWindowMs: 60_000,
  timeScale: 1,
  userAgent: `pulumi-toloka/${PACKAGE_VERSION}`,
});

/** Options after merging and validation. */
export interface ResolvedClientOptions
  extends Required<Omit<TolokaClientOptions, "fetch" | "log" | "clock" | "random" | "authScheme">> {
  authScheme: AuthScheme;
  fetch: FetchLike | undefined;
  clock: Clock;
  random: () => number;
  log: (line: string) => void;
}

const KNOWN = new Set([
  "baseUrl", "apiKey", "authScheme", "fetch", "clock", "random", "log", ...Object.keys(DEFAULT_CLIENT_OPTIONS),
]);

function bad(setting: string, value: unknown, expected: string): never {
  throw new TolokaConfigError(setting, `Toloka client option ${setting} must be ${expected}, got ${quoteValue(value)}.`);
}

function integerAtLeast(o: Record<string, unknown>, setting: string, min: number): void {
  const v = o[setting];
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) bad(setting, v, `an integer >= ${min}`);
}

function numberAbove(o: Record<string, unknown>, setting: string, min: number, orEqual: boolean): void {
  const v = o[setting];
  const ok = typeof v === "number" && Number.isFinite(v) && (orEqual ? v >= min : v > min);
  if (!ok) bad(setting, v, `a finite number ${orEqual ? ">=" : ">"} ${min}`);
}

/** Merges `settings` over `DEFAULT_CLIENT_OPTIONS` and validates; messages quote the bad value. */
export function resolveClientOptions(settings: TolokaClientSettings): ResolvedClientOptions {
  if (settings === null || typeof settings !== "object") bad("options", settings, "an object");
  for (const key of Object.keys(settings)) {
    if (!KNOWN.has(key)) bad(key, key, `one of ${[...KNOWN].join(", ")} (unknown option)`);
  }
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const o: Record<string, unknown> = { ...DEFAULT_CLIENT_OPTIONS, ...defined };
  const baseUrl = resolveEndpoint({ baseUrl: o.baseUrl as string });
  const apiKey = o.apiKey;
  if (typeof apiKey !== "string" || apiKey.trim() === "" || /[\s\u0000-\u001f\u007f]/.test(apiKey)) {
    // Never quote the key itself.
    const shape = typeof apiKey === "string" ? `a string of ${apiKey.length} characters with spaces or control characters` : typeof apiKey;
    throw new TolokaConfigError(
      "apiKey",
      `Toloka client option apiKey must be a non-empty key without spaces or line breaks, got ${apiKey === "" ? "an empty string" : shape}. ` +
        "Set it with `pulumi config set --secret toloka:apiKey <key>`.",
    );
  }
  if (o.authScheme !== undefined && !AUTH_SCHEMES.includes(o.authScheme as AuthScheme)) {
    bad("authScheme", o.authScheme, '"ApiKey" or "OAuth"');
  }
  numberAbove(o, "requestTimeoutMs", 0, false);
  integerAtLeast(o, "maxRetries", 0);
  numberAbove(o, "minRetryDelayMs", 0, true);
  numberAbove(o, "maxRetryDelayMs", 0, true);
  if ((o.maxRetryDelayMs as number) < (o.minRetryDelayMs as number)) {
    bad("maxRetryDelayMs", o.maxRetryDelayMs, `>= minRetryDelayMs (${String(o.minRetryDelayMs)})`);
  }
  numberAbove(o, "maxRetryAfterMs", 0, true);
  integerAtLeast(o, "cloneRatePerWindow", 0);
  numberAbove(o, "cloneRateWindowMs", 0, true);
  numberAbove(o, "timeScale", 0, false);
  if (typeof o.userAgent !== "string" || o.userAgent === "" || /[\r\n]/.test(o.userAgent)) {
    bad("userAgent", o.userAgent, "a non-empty single-line string");
  }
  for (const fn of ["fetch", "random", "log"]) {
    if (o[fn] !== undefined && typeof o[fn] !== "function") bad(fn, o[fn], "a function");
  }
  const clock = o.clock as Clock | undefined;
  if (clock !== undefined && (typeof clock?.now !== "function" || typeof clock?.sleep !== "function")) {
    bad("clock", clock, "an object with now() and sleep(ms)");
  }
  return {
    ...(o as unknown as Omit<ResolvedClientOptions, "baseUrl" | "authScheme" | "fetch" | "clock" | "random" | "log">),
    baseUrl,
    apiKey,
    authScheme: (o.authScheme as AuthScheme | undefined) ?? detectAuthScheme(apiKey),
    fetch: o.fetch as FetchLike | undefined,
    clock: clock ?? systemClock,
    random: (o.random as (() => number) | undefined) ?? Math.random,
    log: (o.log as ((line: string) => void) | undefined) ?? (() => undefined),
  };
}
