/** Test helpers for the client suite: emulator start-up, clocks, a capturing fetch. */
import fetch from "node-fetch";
import { TolokaEmulator } from "../../emulator";
import type { EmulatorOptionsPatch } from "../../emulator";
import { TolokaClient, type Clock, type FetchLike, type TolokaClientSettings } from "../../provider/toloka";

/** Real `now` plus every sleep taken, which returns at once: waits are recorded, not spent. */
export class SkippingClock implements Clock {
  readonly sleeps: number[] = [];
  private skippedMs = 0;

  now(): number {
    return Date.now() + this.skippedMs;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.skippedMs += Math.max(0, ms);
    return new Promise((resolve) => setImmediate(resolve));
  }
}

/** Fully manual time: `sleep` advances `now` by exactly `ms`. */
export class ManualClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public nowMs = 1_000_000) {}

  now(): number {
    return this.nowMs;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.nowMs += Math.max(0, ms);
    return Promise.resolve();
  }
}

export interface Captured {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** node-fetch, recording what the client sends. */
export function capturingFetch(into: Captured[]): FetchLike {
  return (url, init) => {
    into.push({ url, method: init.method, headers: { ...init.headers }, body: init.body });
    return fetch(url, init);
  };
}

export async function startEmulator(patch: EmulatorOptionsPatch = {}): Promise<TolokaEmulator> {
  return TolokaEmulator.start({ requestsPerSecond: 100_000, ...patch });
}

export interface ClientHandle {
  client: TolokaClient;
  lines: string[];
}

/** A client of `emulator`; waits scaled to 1/1000 unless the settings say otherwise. */
export function clientFor(emulator: TolokaEmulator, settings: Partial<TolokaClientSettings> = {}): ClientHandle {
  const lines: string[] = [];
  const client = new TolokaClient({
    baseUrl: emulator.baseUrl,
    apiKey: emulator.apiKey,
    timeScale: 0.001,
    log: (line) => lines.push(line),
    ...settings,
  });
  return { client, lines };
}

export { rejectionOf } from "../support/rejectionOf";

/** Every string reachable from an error: message, stack, own fields, cause chain. */
export function allErrorText(error: unknown, depth = 0): string {
  if (depth > 8 || error === null || error === undefined) return "";
  if (typeof error !== "object") return String(error);
  const e = error as Record<string, unknown>;
  const parts = [String(e.message ?? ""), String(e.stack ?? ""), String(error)];
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = e[key];
    if (key === "cause") parts.push(allErrorText(value, depth + 1));
    else if (typeof value === "string") parts.push(value);
    else if (value && typeof value === "object") parts.push(JSON.stringify(value) ?? "");
  }
  return parts.join("\n");
}

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface ScriptedServer {
  baseUrl: string;
  /** Authorization headers received, in order. */
  received: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

/** A local HTTP server answering from a script (the last answer repeats); for what the emulator cannot do. */
export async function scriptedServer(
  answer: (n: number, req: import("http").IncomingMessage) => ScriptedAnswer,
): Promise<ScriptedServer> {
  const { createServer } = await import("http");
  const received: ScriptedServer["received"] = [];
  const server = createServer((req, res) => {
    received.push({ method: req.method ?? "", url: req.url ?? "", headers: { ...req.headers } });
    req.resume();
    req.on("end", () => {
      const a = answer(received.length - 1, req);
      res.writeHead(a.status, a.headers ?? {});
      res.end(a.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as import("net").AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
