import fetch from "node-fetch";
import { inspect } from "util";
import {
  CloneCoordinator,
  REDACTED,
  redactCause,
  redactSecrets,
  TolokaApiError,
  TolokaClient,
  type FetchLike,
} from "../../provider/toloka";
import { allErrorText, rejectionOf, scriptedServer, SkippingClock, startEmulator } from "./helpers";

const KEY = "Sup3r+Secret/Key=0123456789abcdef";

function expectNoKey(error: unknown, lines: string[] = []): void {
  const text = [allErrorText(error), String(error), JSON.stringify(error), ...lines].join("\n");
  expect(text).not.toContain(KEY);
  expect(text).not.toContain(encodeURIComponent(KEY));
}

describe("redactSecrets", () => {
  it("replaces every form of every secret", () => {
    const text = `a ${KEY} b ${encodeURIComponent(KEY)} c ${JSON.stringify({ k: KEY })} d ${KEY}`;
    const out = redactSecrets(text, [KEY, "", "other-secret"]);
    expect(out).toBe(`a ${REDACTED} b ${REDACTED} c {"k":"${REDACTED}"} d ${REDACTED}`);
    expect(redactSecrets("nothing here", [KEY])).toBe("nothing here");
  });

  it("copies a foreign cause chain, redacted, keeping its code", () => {
    const inner = Object.assign(new Error(`inner ${KEY}`), { code: "EPIPE" });
    const outer = Object.assign(new Error(`outer ${KEY}`, { cause: inner }), { config: { headers: { Authorization: KEY } } });
    const copy = redactCause(outer, [KEY]) as Error & { cause: Error & { code: string } };
    expect(copy.message).toBe(`outer ${REDACTED}`);
    expect(copy.stack).toContain(`outer ${REDACTED}`);
    expect(copy.cause.message).toBe(`inner ${REDACTED}`);
    expect(copy.cause.code).toBe("EPIPE");
    expect(copy).not.toBe(outer);
    expect("config" in copy).toBe(false);
    expectNoKey(copy);
  });
});

describe("the API key never leaks", () => {
  it("401 from the emulator: message, stack, fields, logs", async () => {
    const emulator = await startEmulator({ apiKey: "the-right-key-abcdef0123" });
    try {
      const lines: string[] = [];
      const client = new TolokaClient({ baseUrl: emulator.baseUrl, apiKey: KEY, log: (l) => lines.push(l) });
      const error = await rejectionOf(client.getTraining("1"));
      expect(error).toMatchObject({ status: 401 });
      expectNoKey(error, lines);
      expect(JSON.stringify(client)).not.toContain(KEY);
      expect(JSON.stringify(client.options)).not.toContain(KEY);
      expect(inspect(client, { depth: 10, showHidden: false })).not.toContain(KEY);
    } finally {
      await emulator.close();
    }
  });

  it("a node-fetch network error that echoes the URL holding the key", async () => {
    const server = await scriptedServer(() => ({ status: 200 }));
    await server.close();
    const lines: string[] = [];
    // A careless wrapper puts the key in the query string; node-fetch's FetchError repeats the URL.
    const leaky: FetchLike = (url, init) => fetch(`${url}?token=${encodeURIComponent(KEY)}&raw=${KEY}`, init);
    const client = new TolokaClient({
      baseUrl: server.baseUrl,
      apiKey: KEY,
      fetch: leaky,
      clock: new SkippingClock(),
      maxRetries: 1,
      log: (l) => lines.push(l),
    });
    const error = await rejectionOf(client.getTraining("1"));
    expect(error).toMatchObject({ name: "TolokaNetworkError", code: "ECONNREFUSED" });
    expect(error.cause.message).toContain(`token=${REDACTED}`);
    expect(error.cause.name).toBe("FetchError");
    expectNoKey(error, lines);
  });

  it("an injected fetch whose error and cause repeat the Authorization header", async () => {
    const throwing: FetchLike = async (_url, init) => {
      const root = new Error(`socket said: ${init.headers.Authorization}`);
      throw Object.assign(new Error(`request failed with headers ${JSON.stringify(init.headers)}`, { cause: root }), {
        code: "ECONNRESET",
      });
    };
    const lines: string[] = [];
    const client = new TolokaClient({
      baseUrl: "https://toloka.dev",
      apiKey: KEY,
      fetch: throwing,
      clock: new SkippingClock(),
      log: (l) => lines.push(l),
    });
    const get = await rejectionOf(client.getTraining("1"));
    expect(get.cause.cause.message).toBe(`socket said: OAuth ${REDACTED}`);
    expectNoKey(get, lines);
    const clone = await rejectionOf(client.cloneTraining("1"));
    expect(clone.name).toBe("TolokaOutcomeUnknownError");
    expectNoKey(clone, lines);
  });

  it("an answer that echoes the key in its body, code, message, request id and payload", async () => {
    const echo = (req: import("http").IncomingMessage) => String(req.headers.authorization);
    const server = await scriptedServer((n, req) =>
      n % 2 === 0
        ? {
            status: 503,
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ request_id: echo(req), code: `E_${echo(req)}`, message: echo(req), payload: { [echo(req)]: [echo(req)] } }),
          }
        : { status: 502, headers: { "Content-Type": "text/html" }, body: `<html><pre>${echo(req)}</pre></html>` },
    );
    try {
      const lines: string[] = [];
      const settings = { baseUrl: server.baseUrl, apiKey: KEY, clock: new SkippingClock(), maxRetries: 1, log: (l: string) => lines.push(l) };
      const client = new TolokaClient(settings);
      const error = await rejectionOf(client.getTraining("1"));
      expect(error).toBeInstanceOf(TolokaApiError);
      expect(error.bodySnippet).toBe(`<html><pre>OAuth ${REDACTED}</pre></html>`);
      expectNoKey(error, lines);
      expect(lines.join("\n")).toContain(`E_OAuth ${REDACTED}`);
      const coordinator = new CloneCoordinator(new TolokaClient({ ...settings, maxRetries: 0 }), { lookups: 1, maxResends: 0 });
      const lost = await rejectionOf(coordinator.cloneTraining("1"));
      expectNoKey(lost, lines);
      expect(server.received.every((r) => r.headers.authorization === `OAuth ${KEY}`)).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe("Toloka errors in a cause chain", () => {
  it("are kept as they are when clean, copied when built without the secret", async () => {
    const { TolokaError } = await import("../../provider/toloka");
    const clean = new TolokaError("nothing secret");
    expect(redactCause(clean, [KEY])).toBe(clean);
    const careless = new TolokaError(`built without secrets: ${KEY}`);
    const copy = redactCause(careless, [KEY]) as Error;
    expect(copy).not.toBe(careless);
    expect(copy.name).toBe("TolokaError");
    expect(copy.message).toBe(`built without secrets: ${REDACTED}`);
    const wrapped = new TolokaError("outer", { cause: careless, secrets: [KEY] });
    expectNoKey(wrapped);
  });

  it("a malformed page echoing the key is redacted", async () => {
    const server = await scriptedServer((_n, req) => ({
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ echo: req.headers.authorization }),
    }));
    try {
      const client = new TolokaClient({ baseUrl: server.baseUrl, apiKey: KEY });
      const error = await rejectionOf(client.listTrainings());
      expect(error.message).toContain(`{"echo":"OAuth ${REDACTED}"}`);
      expectNoKey(error);
    } finally {
      await server.close();
    }
  });
});
