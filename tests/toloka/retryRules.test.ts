import {
  backoffDelayMs,
  decideRetry,
  parseRetryAfterMs,
  TolokaApiError,
  TolokaNetworkError,
  TolokaQuotaError,
  type RequestKind,
} from "../../provider/toloka";

const apiError = (status: number) => new TolokaApiError({ status, method: "GET", path: "/x", bodyKind: "empty" });
const quota = (interval: "MIN" | "HOUR" | "DAY") =>
  new TolokaQuotaError({ status: 429, method: "POST", path: "/x", bodyKind: "json", payload: { interval }, interval });
const network = (requestSent: boolean, timedOut = false) =>
  new TolokaNetworkError({ method: "POST", path: "/x", requestSent, timedOut });
const ctx = (kind: RequestKind, retryAfterMs?: number) => ({ kind, retryAfterMs, maxRetryAfterMs: 120_000, minuteQuotaWaitMs: 60_000 });

describe("backoffDelayMs", () => {
  const opts = (r: number) => ({ minDelayMs: 250, maxDelayMs: 20_000, random: () => r });
  it("grows exponentially between the floor and a doubling ceiling", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, opts(1)))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, opts(0)))).toEqual([250, 250, 250, 250]);
    expect(backoffDelayMs(3, opts(0.5))).toBe(1125);
  });
  it("is capped", () => {
    expect(backoffDelayMs(20, opts(0.999999))).toBe(20_000);
    expect(backoffDelayMs(1000, opts(1))).toBe(20_000);
  });
});

describe("parseRetryAfterMs", () => {
  const now = Date.parse("2024-05-01T10:00:00Z");
  it.each([
    ["5", 5000],
    [" 120 ", 120_000],
    ["0", 0],
    ["1.5", 1500],
    ["Wed, 01 May 2024 10:00:30 GMT", 30_000],
    ["Wed, 01 May 2024 09:59:00 GMT", 0],
  ])("%j -> %d ms", (header, ms) => {
    expect(parseRetryAfterMs(header, now)).toBe(ms);
  });
  it.each([[null], [undefined], [""], ["-5"], ["soon"], ["5s"], ["1e3"]])("ignores %j", (header) => {
    expect(parseRetryAfterMs(header as string | null | undefined, now)).toBeUndefined();
  });
});

describe("decideRetry", () => {
  it.each([408, 429, 500, 502, 503, 504])("idempotent: retries %d with backoff, or Retry-After clamped", (status) => {
    const plain = decideRetry(apiError(status), ctx("idempotent"));
    expect(plain.retry).toBe(true);
    expect("waitMs" in plain && plain.waitMs !== undefined).toBe(false);
    expect(decideRetry(apiError(status), ctx("idempotent", 3000))).toMatchObject({ retry: true, waitMs: 3000 });
    expect(decideRetry(apiError(status), ctx("idempotent", 999_000))).toMatchObject({ retry: true, waitMs: 120_000 });
  });
  it.each(["idempotent", "once"] as const)("%s: a plain 429 (the per-second limit) waits at least a second", (kind) => {
    expect(decideRetry(apiError(429), ctx(kind))).toMatchObject({ retry: true, minWaitMs: 1000 });
    expect(decideRetry(apiError(503), ctx(kind))).not.toHaveProperty("minWaitMs");
  });
  it.each([400, 401, 403, 404, 409, 405, 422, 501, 200, 302])("idempotent: never retries %d", (status) => {
    expect(decideRetry(apiError(status), ctx("idempotent"))).toEqual({ retry: false, outcome: "fail" });
  });
  it.each([429])("once: %d is a refusal, resent", (status) => {
    expect(decideRetry(apiError(status), ctx("once", 2000))).toMatchObject({ retry: true, waitMs: 2000 });
  });
  // A gateway's 503 can follow an accepted clone: not a refusal.
  it.each([408, 500, 502, 503, 504, 507, 200])("once: %d is ambiguous", (status) => {
    expect(decideRetry(apiError(status), ctx("once"))).toEqual({ retry: false, outcome: "unknown" });
  });
  it.each([400, 401, 403, 404, 409])("once: %d fails", (status) => {
    expect(decideRetry(apiError(status), ctx("once"))).toEqual({ retry: false, outcome: "fail" });
  });
  it("network errors: idempotent retried; once resent only when never sent", () => {
    expect(decideRetry(network(true), ctx("idempotent"))).toMatchObject({ retry: true });
    expect(decideRetry(network(true, true), ctx("idempotent"))).toMatchObject({ retry: true });
    expect(decideRetry(network(false), ctx("once"))).toMatchObject({ retry: true });
    expect(decideRetry(network(true), ctx("once"))).toEqual({ retry: false, outcome: "unknown" });
    expect(decideRetry(network(true, true), ctx("once"))).toEqual({ retry: false, outcome: "unknown" });
  });
  it.each(["idempotent", "once"] as const)("%s: MIN quota waits the minute; HOUR/DAY fail", (kind) => {
    expect(decideRetry(quota("MIN"), ctx(kind))).toMatchObject({ retry: true, waitMs: 60_000 });
    expect(decideRetry(quota("MIN"), ctx(kind, 7000))).toMatchObject({ retry: true, waitMs: 7000 });
    expect(decideRetry(quota("MIN"), { ...ctx(kind, 500_000), maxRetryAfterMs: 90_000 })).toMatchObject({ waitMs: 90_000 });
    expect(decideRetry(quota("HOUR"), ctx(kind, 1000))).toEqual({ retry: false, outcome: "fail" });
    expect(decideRetry(quota("DAY"), ctx(kind, 1000))).toEqual({ retry: false, outcome: "fail" });
  });
  it("anything else is not retried", () => {
    expect(decideRetry(new TypeError("bug"), ctx("idempotent"))).toEqual({ retry: false, outcome: "fail" });
  });
});
