/**
 * Raw requests for what the provider's client does not do (create and archive a main pool) or
 * hides (one page of a listing): no retries, the answer as it came. Goes through the run's
 * guarded fetch like every other request.
 */
import { authorizationHeader, detectAuthScheme } from "../../provider/toloka/authorization";
import type { FetchLike } from "../../provider/toloka/FetchLike";

export interface RawAnswer {
  status: number;
  /** Parsed JSON, or the text when it is not JSON; undefined when empty. */
  body: unknown;
}

export class ContractHttp {
  private readonly apiKey!: string;

  constructor(
    private readonly baseUrl: string,
    apiKey: string,
    private readonly fetch: FetchLike,
    private readonly timeoutMs = 30_000,
  ) {
    // Not enumerable: printing the object never shows the key.
    Object.defineProperty(this, "apiKey", { value: apiKey, enumerable: false });
  }

  async request(method: "GET" | "POST" | "PUT" | "PATCH", path: string, options: { query?: Record<string, string>; body?: unknown } = {}): Promise<RawAnswer> {
    const query = options.query ? `?${new URLSearchParams(options.query)}` : "";
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = {
      Authorization: authorizationHeader(detectAuthScheme(this.apiKey), this.apiKey),
      Accept: "application/json",
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.fetch(`${this.baseUrl}/api/v1${path}${query}`, { method, headers, body, signal: controller.signal, redirect: "manual" });
      const text = await response.text();
      return { status: response.status, body: parse(text) };
    } finally {
      clearTimeout(timer);
    }
  }
}

function parse(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
