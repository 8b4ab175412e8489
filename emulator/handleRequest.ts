/**
 * One HTTP request through the emulator: log it, rate-limit it, apply a fault rule if one matches,
 * authenticate, run the handler, and answer (or lose the answer, as the fault says).
 */
import { randomUUID } from "crypto";
import type { IncomingMessage, ServerResponse } from "http";
import { ApiError, defaultErrorCode } from "./ApiError";
import type { Answer, ApiRequest, EmulatorContext } from "./EmulatorContext";
import type { EmulatorStats } from "./EmulatorStats";
import type { FaultBook } from "./FaultBook";
import type { Fault } from "./FaultRule";
import { HANDLERS } from "./dispatch";
import { errorBody, jsonBody, statusFaultBody, writeResponse, type Body } from "./httpAnswer";
import type { RequestLogEntry } from "./RequestLogEntry";
import type { RequestRateLimit } from "./RequestRateLimit";
import { matchRoute, trainingIdOf, type RouteMatch } from "./routes";

export interface PipelineDeps {
  ctx: EmulatorContext;
  faults: FaultBook;
  rateLimit: RequestRateLimit;
  /** Appends to the request log. */
  record: (entry: RequestLogEntry) => void;
  stats: EmulatorStats;
  /** Resolves true after ms, or false when the emulator closes first. */
  sleep: (ms: number) => Promise<boolean>;
}

export async function handleRequest(deps: PipelineDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { ctx } = deps;
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", "http://emulator.invalid");
  const match = matchRoute(method, url.pathname);
  const entry: RequestLogEntry = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    route: match.route,
    status: 0,
    at: Date.now(),
    authorization: authorizationOf(req.headers.authorization, ctx.options().apiKey),
  };
  deps.record(entry);
  if (match.route === "trainings.clone") deps.stats.cloneRequests++;
  const requestId = randomUUID();
  const send = (status: number, body?: Body, headers?: Record<string, string>): void => {
    entry.status = status;
    if (status === 429) {
      deps.stats.total429++;
      if (match.route === "trainings.clone") deps.stats.clones429++;
    }
    writeResponse(res, status, { requestId, dateMs: ctx.now() }, body, headers);
  };
  const sendError = (e: ApiError): void => send(e.status, errorBody(requestId, e.code, e.message, e.payload), e.headers);

  const raw = await readBody(req).catch(() => undefined);
  if (raw === undefined) return; // the client went away mid-request

  try {
    deps.rateLimit.admit(ctx.now());
  } catch (e) {
    return sendError(e as ApiError);
  }
  const fault = deps.faults.take({ route: match.route, method, trainingId: trainingIdOf(match) });
  if (fault) entry.fault = fault.kind;
  if (fault?.kind === "status") {
    const headers = retryAfter(fault.retryAfterSeconds);
    return send(fault.status, statusFaultBody(fault, requestId), headers);
  }
  if (fault?.kind === "quota") return sendError(quotaError(ctx, fault));
  if (fault?.kind === "reset") {
    req.socket.destroy();
    return;
  }
  if (fault?.kind === "delay" && !(await deps.sleep(fault.ms))) return;

  const answer = runHandler(ctx, match, url.searchParams, raw, entry.authorization, requestId, fault);
  if (fault?.kind === "lost") {
    if (fault.after === "reset") req.socket.destroy();
    else if (fault.after !== "hang") {
      send(fault.after, errorBody(requestId, defaultErrorCode(fault.after), "The answer was lost after the request was applied (injected)"));
    }
    // "hang": never answered; close() destroys the socket.
    return;
  }
  send(answer.status, answer.body, answer.headers);
}

function runHandler(
  ctx: EmulatorContext,
  match: RouteMatch,
  query: URLSearchParams,
  raw: string,
  authorization: RequestLogEntry["authorization"],
  requestId: string,
  fault: Fault | undefined,
): { status: number; body?: Body; headers?: Record<string, string> } {
  try {
    ctx.settle();
    if (authorization === "missing") {
      throw new ApiError(401, "AUTHENTICATION_ERROR", "No credentials: send the header 'Authorization: ApiKey <your API key>'");
    }
    if (authorization === "bad") throw new ApiError(401, "AUTHENTICATION_ERROR", "The API key or OAuth token is not valid");
    if (match.route === "unknown") {
      throw match.status === 405
        ? new ApiError(405, "METHOD_NOT_ALLOWED", "This method is not allowed on this path")
        : new ApiError(404, "DOES_NOT_EXIST", "No such API path");
    }
    const request: ApiRequest = { match, query, body: parseJson(raw) };
    if (fault?.kind === "operation") request.operationFault = { outcome: fault.outcome, log: fault.log };
    const answer: Answer = HANDLERS[match.route](ctx, request);
    return { status: answer.status, body: answer.body === undefined ? undefined : jsonBody(answer.body), headers: answer.headers };
  } catch (e) {
    const error = e instanceof ApiError ? e : new ApiError(500, "INTERNAL_ERROR", `Emulator bug: ${(e as Error)?.message ?? String(e)}`);
    return { status: error.status, body: errorBody(requestId, error.code, error.message, error.payload), headers: error.headers };
  }
}

function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, "VALIDATION_ERROR", "The request body is not valid JSON");
  }
}

function quotaError(ctx: EmulatorContext, fault: Extract<Fault, { kind: "quota" }>): ApiError {
  const q = ctx.options().cloneQuota;
  const limit = fault.limit ?? (fault.interval === "MIN" ? q.perMinute : q.perDay);
  return new ApiError(429, "TOO_MANY_REQUESTS", `Too many requests: the ${fault.interval} quota of ${limit} is reached`, {
    interval: fault.interval,
    limit,
  }, retryAfter(fault.retryAfterSeconds));
}

function retryAfter(seconds: number | undefined): Record<string, string> {
  return seconds === undefined ? {} : { "Retry-After": String(seconds) };
}

/** ok / missing / bad, for `Authorization: ApiKey <key>` or `OAuth <key>`. */
export function authorizationOf(header: string | undefined, apiKey: string): RequestLogEntry["authorization"] {
  if (header === undefined || header.trim() === "") return "missing";
  const m = /^(ApiKey|OAuth)\s+(\S+)\s*$/i.exec(header.trim());
  return m && m[2] === apiKey ? "ok" : "bad";
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
    req.on("aborted", () => reject(new Error("aborted")));
  });
}
