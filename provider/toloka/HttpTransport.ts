import fetch from "node-fetch";
import { authorizationHeader } from "./authorization";
import { backoffDelayMs } from "./backoff";
import { scaleWaitMs } from "./clock";
import type { ResolvedClientOptions } from "./clientOptions";
import type { FetchInitLike, FetchResponseLike } from "./FetchLike";
import { apiErrorFromAnswer, parseBody } from "./readAnswer";
import { redactSecrets } from "./redact";
import { parseRetryAfterMs } from "./retryAfter";
import { type RequestKind, decideRetry } from "./retryPolicy";
import type { ServerClock } from "./ServerClock";
import { TolokaDeadlineError } from "./TolokaDeadlineError";
import { TolokaNetworkError } from "./TolokaNetworkError";
import { TolokaOutcomeUnknownError } from "./TolokaOutcomeUnknownError";

export interface TransportRequest {
  method: "GET" | "POST" | "PUT";
  /** Path under `/api/v1`, built from validated ids only, e.g. `/trainings/123`. */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  kind: RequestKind;
  /** Absolute, by the client's clock. No attempt starts and no wait ends after it. */
  deadlineMs?: number;
  /**
   * Runs before every attempt (clone pacing); may throw TolokaDeadlineError. What it returns is
   * called when the attempt was refused (retried), to give the pacing slot back.
   */
  beforeAttempt?: (what: string, deadlineMs: number | undefined) => Promise<(() => void) | undefined>;
}

export interface TransportAnswer {
  status: number;
  /** Parsed JSON; undefined for 204 or an empty body. */
  body: unknown;
}

/** Failure codes raised before a single byte of the request left: resending is safe. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "ERR_INVALID_URL",
]);

/**
 * Sends requests to Toloka: headers, per-attempt timeout, answer decoding, server clock
 * tracking and the retry loop (rules in `decideRetry`). Every wait is scaled by `timeScale`,
 * logged, and never outlasts the call's deadline: when the next wait would, the last error is
 * thrown.
 */
export class HttpTransport {
  private readonly options: Omit<ResolvedClientOptions, "apiKey">;
  /** Non-enumerable: JSON.stringify and util.inspect of a client never show it. */
  private readonly apiKey!: string;

  constructor(options: ResolvedClientOptions, private readonly serverClock: ServerClock) {
    const { apiKey, ...rest } = options;
    this.options = rest;
    Object.defineProperty(this, "apiKey", { value: apiKey, enumerable: false, writable: false });
  }

  /** What every error and log line redacts: the API key. */
  get secrets(): readonly string[] {
    return [this.apiKey];
  }

  log(line: string): void {
    this.options.log(redactSecrets(line, this.secrets));
  }

  async request(req: TransportRequest): Promise<TransportAnswer> {
    const o = this.options;
    const display = `${req.method} /api/v1${req.path}${req.query && [...req.query].length > 0 ? `?${req.query}` : ""}`;
    const minuteQuotaWaitMs = o.cloneRateWindowMs > 0 ? o.cloneRateWindowMs : 60_000;
    let lastError: unknown;
    for (let retries = 0; ; retries += 1) {
      if (req.deadlineMs !== undefined && o.clock.now() >= req.deadlineMs) {
        throw lastError ?? new TolokaDeadlineError({ what: display, deadlineMs: req.deadlineMs }, { secrets: this.secrets });
      }
      let refund: (() => void) | undefined;
      if (req.beforeAttempt) {
        try {
          refund = await req.beforeAttempt(display, req.deadlineMs);
        } catch (e) {
          // Pacing would pass the deadline: after a failed attempt, that failure is the news.
          throw lastError ?? e;
        }
      }
      const sentAtMs = o.clock.now();
      const serverTimeAtSendMs = this.serverClock.serverTimeMs(sentAtMs);
      const outcome = await this.attempt(req, display, sentAtMs);
      if (!("error" in outcome)) return outcome;
      const { error, retryAfterMs } = outcome;
      lastError = error;
      const decision = decideRetry(error, { kind: req.kind, retryAfterMs, maxRetryAfterMs: o.maxRetryAfterMs, minuteQuotaWaitMs });
      if (!decision.retry) {
        if (decision.outcome === "unknown") {
          throw new TolokaOutcomeUnknownError(
            { method: req.method, path: display.slice(req.method.length + 1), sentAtMs, serverTimeAtSendMs },
            { cause: error, secrets: this.secrets },
          );
        }
        throw error;
      }
      refund?.();
      if (retries >= o.maxRetries) {
        this.log(`giving up on ${display} after ${retries + 1} attempts: ${decision.reason}`);
        throw error;
      }
      const nominalMs = decision.waitMs ??
        backoffDelayMs(retries + 1, {
          minDelayMs: Math.max(o.minRetryDelayMs, decision.minWaitMs ?? 0),
          maxDelayMs: Math.max(o.maxRetryDelayMs, decision.minWaitMs ?? 0),
          random: o.random,
        });
      const waitMs = scaleWaitMs(nominalMs, o.timeScale);
      if (req.deadlineMs !== undefined && o.clock.now() + waitMs > req.deadlineMs) {
        this.log(`giving up on ${display}: ${decision.reason}, and waiting ${waitMs} ms would pass the deadline`);
        throw error;
      }
      this.log(`${display}: ${decision.reason}; retry ${retries + 1} of ${o.maxRetries} in ${waitMs} ms`);
      await o.clock.sleep(waitMs);
    }
  }

  private headers(body: string | undefined): Record<string, string> {
    const h: Record<string, string> = {
      Authorization: authorizationHeader(this.options.authScheme, this.apiKey),
      Accept: "application/json",
      "User-Agent": this.options.userAgent,
    };
    if (body !== undefined) h["Content-Type"] = "application/json";
    return h;
  }

  /** One attempt: the answer, or the error it amounts to (never thrown). */
  private async attempt(
    req: TransportRequest,
    display: string,
    sentAtMs: number,
  ): Promise<TransportAnswer | { error: unknown; retryAfterMs?: number }> {
    const o = this.options;
    const query = req.query && [...req.query].length > 0 ? `?${req.query.toString()}` : "";
    const url = `${o.baseUrl}/api/v1${req.path}${query}`;
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const timeoutMs = Math.max(1, Math.min(o.requestTimeoutMs, (req.deadlineMs ?? Infinity) - sentAtMs));
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const init: FetchInitLike = { method: req.method, headers: this.headers(body), signal: controller.signal, redirect: "manual" };
    if (body !== undefined) init.body = body;
    let response: FetchResponseLike;
    let text: string;
    const path = display.slice(req.method.length + 1);
    try {
      response = o.fetch ? await o.fetch(url, init) : await fetch(url, init);
      text = await response.text();
    } catch (cause) {
      const code = (cause as { code?: unknown }).code;
      const codeText = typeof code === "string" ? code : undefined;
      return {
        error: new TolokaNetworkError(
          {
            method: req.method,
            path,
            timedOut,
            timeoutMs: timedOut ? timeoutMs : undefined,
            requestSent: timedOut || codeText === undefined || !NOT_SENT_CODES.has(codeText),
            code: timedOut ? undefined : codeText,
          },
          { cause, secrets: this.secrets },
        ),
      };
    } finally {
      clearTimeout(timer);
    }
    const receivedAtMs = o.clock.now();
    const dateHeader = response.headers.get("date");
    this.serverClock.observe(dateHeader, sentAtMs, receivedAtMs);
    const parsed = parseBody(text);
    const status = response.status;
    if (status >= 200 && status < 300 && parsed.kind !== "not-json") {
      return { status, body: parsed.kind === "json" ? parsed.value : undefined };
    }
    const serverNowMs = dateHeader && !Number.isNaN(Date.parse(dateHeader))
      ? Date.parse(dateHeader)
      : this.serverClock.serverTimeMs(receivedAtMs) ?? receivedAtMs;
    const retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"), serverNowMs);
    const error = apiErrorFromAnswer({
      status,
      method: req.method,
      path,
      body: parsed,
      contentType: response.headers.get("content-type") ?? undefined,
      requestIdHeader: response.headers.get("x-request-id") ?? undefined,
      retryAfterMs,
      receivedAtMs,
      secrets: this.secrets,
    });
    return { error, retryAfterMs };
  }
}
