import { authorizationHeader, detectAuthScheme, TolokaClient } from "../../provider/toloka";
import { clientFor, startEmulator } from "./helpers";

describe("detectAuthScheme (the official SDK's rule)", () => {
  const at = (index: number) => `${"a".repeat(index)}.${"b".repeat(30)}.${"c".repeat(20)}`;

  it.each([
    [at(22), "ApiKey"],
    [at(23), "ApiKey"],
    [at(24), "ApiKey"],
    [at(21), "OAuth"],
    [at(25), "OAuth"],
    [`${"a".repeat(23)}.bbb`, "OAuth"],
    [`${"a".repeat(23)}.b.c.d`, "OAuth"],
    ["AQAAAAAA-oauth-token-without-dots", "OAuth"],
    ["", "OAuth"],
  ])("%s -> %s", (token, scheme) => {
    expect(detectAuthScheme(token)).toBe(scheme);
  });

  it("builds the header", () => {
    expect(authorizationHeader("ApiKey", "k.e.y")).toBe("ApiKey k.e.y");
    expect(authorizationHeader("OAuth", "tok")).toBe("OAuth tok");
  });
});

describe("scheme over HTTP", () => {
  it("an ApiKey-shaped key is sent as ApiKey; an explicit scheme wins", async () => {
    const apiKey = `${"k".repeat(23)}.${"x".repeat(10)}.${"y".repeat(10)}`;
    const emulator = await startEmulator({ apiKey });
    try {
      const t = emulator.addTraining({ project_id: emulator.addProject().id });
      const sent: string[] = [];
      const fetchSpy = (await import("./helpers")).capturingFetch([]);
      const client = new TolokaClient({
        baseUrl: emulator.baseUrl,
        apiKey,
        fetch: (url, init) => {
          sent.push(init.headers.Authorization);
          return fetchSpy(url, init);
        },
      });
      await client.getTraining(t.id);
      const oauth = clientFor(emulator, { authScheme: "OAuth", fetch: (url, init) => {
        sent.push(init.headers.Authorization);
        return fetchSpy(url, init);
      } }).client;
      await oauth.getTraining(t.id);
      expect(sent).toEqual([`ApiKey ${apiKey}`, `OAuth ${apiKey}`]);
      expect(client.options.authScheme).toBe("ApiKey");
      expect(emulator.requests.map((r) => r.authorization)).toEqual(["ok", "ok"]);
    } finally {
      await emulator.close();
    }
  });
});
