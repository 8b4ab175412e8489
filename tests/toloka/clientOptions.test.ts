import { readFileSync } from "fs";
import { join } from "path";
import {
  DEFAULT_CLIENT_OPTIONS,
  isTolokaConfigError,
  PACKAGE_VERSION,
  resolveClientOptions,
  systemClock,
} from "../../provider/toloka";

const base = { baseUrl: "https://toloka.dev", apiKey: "secret-key-123" };

function refusal(settings: Record<string, unknown>): { setting: string; message: string } {
  try {
    resolveClientOptions({ ...base, ...settings } as never);
  } catch (e) {
    expect(isTolokaConfigError(e)).toBe(true);
    return e as { setting: string; message: string };
  }
  throw new Error("expected a TolokaConfigError");
}

describe("resolveClientOptions", () => {
  it("merges over the documented defaults", () => {
    const o = resolveClientOptions({ ...base, maxRetries: 2, timeScale: undefined });
    expect(o).toMatchObject({
      baseUrl: "https://toloka.dev",
      requestTimeoutMs: 10_000,
      maxRetries: 2,
      minRetryDelayMs: 250,
      maxRetryDelayMs: 20_000,
      maxRetryAfterMs: 120_000,
      cloneRatePerWindow: 20,
      cloneRateWindowMs: 60_000,
      timeScale: 1,
      userAgent: `pulumi-toloka/${PACKAGE_VERSION}`,
      authScheme: "OAuth",
    });
    expect(o.clock).toBe(systemClock);
    expect(DEFAULT_CLIENT_OPTIONS.requestTimeoutMs).toBe(10_000);
    expect(Object.isFrozen(DEFAULT_CLIENT_OPTIONS)).toBe(true);
  });

  it("PACKAGE_VERSION matches package.json", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(PACKAGE_VERSION).toBe(pkg.version);
  });

  it("normalizes the base URL", () => {
    expect(resolveClientOptions({ ...base, baseUrl: "https://toloka.dev/" }).baseUrl).toBe("https://toloka.dev");
  });

  it.each([
    [{ maxRetries: -1 }, "maxRetries", "got -1"],
    [{ maxRetries: 1.5 }, "maxRetries", "got 1.5"],
    [{ requestTimeoutMs: 0 }, "requestTimeoutMs", "got 0"],
    [{ requestTimeoutMs: "10" }, "requestTimeoutMs", 'got "10"'],
    [{ timeScale: 0 }, "timeScale", "got 0"],
    [{ timeScale: Number.NaN }, "timeScale", "got null"],
    [{ minRetryDelayMs: 500, maxRetryDelayMs: 100 }, "maxRetryDelayMs", ">= minRetryDelayMs (500), got 100"],
    [{ cloneRatePerWindow: -2 }, "cloneRatePerWindow", "got -2"],
    [{ cloneRateWindowMs: -1 }, "cloneRateWindowMs", "got -1"],
    [{ maxRetryAfterMs: -5 }, "maxRetryAfterMs", "got -5"],
    [{ userAgent: "a\r\nX-Injected: 1" }, "userAgent", "single-line"],
    [{ authScheme: "Bearer" }, "authScheme", 'got "Bearer"'],
    [{ fetch: 42 }, "fetch", "got 42"],
    [{ clock: { now: () => 1 } }, "clock", "now() and sleep(ms)"],
    [{ maxRetrys: 3 }, "maxRetrys", "unknown option"],
    [{ baseUrl: "http://example.com" }, "baseUrl", "plain http"],
  ])("refuses %j, quoting the value", (settings, setting, fragment) => {
    const e = refusal(settings);
    expect(e.setting).toBe(setting);
    expect(e.message).toContain(fragment);
  });

  it.each([[""], ["has space"], ["line\nbreak"], [undefined]])("refuses the api key %j without quoting it", (apiKey) => {
    const e = refusal({ apiKey });
    expect(e.setting).toBe("apiKey");
    expect(e.message).toContain("pulumi config set --secret toloka:apiKey");
    if (apiKey) expect(e.message).not.toContain(apiKey);
  });
});
