/** Test helpers: a tiny fetch wrapper for talking to the emulator over real HTTP. */
import type { Operation } from "../../provider/toloka/types";
import type { TolokaEmulator } from "../../emulator/TolokaEmulator";

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  json: T;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (no JSON encoding). */
  rawBody?: string;
  /** Authorization header; default "ApiKey <emulator key>"; null sends none. */
  auth?: string | null;
  timeoutMs?: number;
}

export async function call<T = any>(emulator: TolokaEmulator, method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? `ApiKey ${emulator.apiKey}` : options.auth;
  if (auth !== null) headers.Authorization = auth;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${emulator.baseUrl}/api/v1${path}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
  });
  const text = await response.text();
  let json: any;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export const get = <T = any>(e: TolokaEmulator, path: string, o?: CallOptions) => call<T>(e, "GET", path, o);
export const post = <T = any>(e: TolokaEmulator, path: string, o?: CallOptions) => call<T>(e, "POST", path, o);
export const put = <T = any>(e: TolokaEmulator, path: string, body: unknown, o?: CallOptions) => call<T>(e, "PUT", path, { ...o, body });

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls an operation over HTTP until it is SUCCESS or FAIL. */
export async function waitForOperation(emulator: TolokaEmulator, id: string, timeoutMs = 3000): Promise<Operation> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = await get<Operation>(emulator, `/operations/${id}`);
    if (reply.status !== 200) throw new Error(`GET /operations/${id} answered ${reply.status}: ${reply.text}`);
    if (reply.json.status === "SUCCESS" || reply.json.status === "FAIL") return reply.json;
    if (Date.now() > deadline) throw new Error(`operation ${id} still ${reply.json.status} after ${timeoutMs} ms`);
    await sleep(10);
  }
}
