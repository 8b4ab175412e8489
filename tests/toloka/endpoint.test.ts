import { isTolokaConfigError, resolveEndpoint } from "../../provider/toloka";

describe("resolveEndpoint", () => {
  it.each([
    [{}, "https://toloka.dev"],
    [{ environment: "production" }, "https://toloka.dev"],
    [{ environment: "sandbox" }, "https://sandbox.toloka.dev"],
    [{ baseUrl: "https://toloka.yandex.com" }, "https://toloka.yandex.com"],
    [{ baseUrl: "https://sandbox.toloka.yandex.com/" }, "https://sandbox.toloka.yandex.com"],
    [{ environment: "sandbox", baseUrl: "https://toloka.dev" }, "https://toloka.dev"],
    [{ baseUrl: "  HTTPS://Toloka.Dev:443/ " }, "https://toloka.dev"],
    [{ baseUrl: "https://toloka.dev:8443" }, "https://toloka.dev:8443"],
    [{ baseUrl: "http://127.0.0.1:8080" }, "http://127.0.0.1:8080"],
    [{ baseUrl: "http://127.45.0.9:8080/" }, "http://127.45.0.9:8080"],
    [{ baseUrl: "http://localhost:3000" }, "http://localhost:3000"],
    [{ baseUrl: "http://[::1]:3000" }, "http://[::1]:3000"],
  ])("%j -> %s", (settings, expected) => {
    expect(resolveEndpoint(settings)).toBe(expected);
  });

  it.each([
    [{ environment: "prod" }, "environment", /"prod" is not a Toloka environment: use "production" or "sandbox"/],
    [{ environment: "staging", baseUrl: "https://toloka.dev" }, "environment", /"staging"/],
    [{ baseUrl: "" }, "baseUrl", /is empty/],
    [{ baseUrl: "toloka.dev" }, "baseUrl", /"toloka.dev" is not a URL/],
    [{ baseUrl: "ftp://toloka.dev" }, "baseUrl", /"ftp:": only https:\/\//],
    [{ baseUrl: "file:///etc/passwd" }, "baseUrl", /"file:"/],
    [{ baseUrl: "http://toloka.dev" }, "baseUrl", /plain http to a remote host.*use https/],
    [{ baseUrl: "http://128.0.0.1" }, "baseUrl", /plain http/],
    [{ baseUrl: "http://127.0.0.1.evil.com" }, "baseUrl", /plain http/],
    [{ baseUrl: "https://user:hunter2@toloka.dev" }, "baseUrl", /holds credentials/],
    [{ baseUrl: "https://toloka.dev/api/v1" }, "baseUrl", /has a path, query or fragment.*adds \/api\/v1 itself/],
    [{ baseUrl: "https://toloka.dev/?x=1" }, "baseUrl", /path, query or fragment/],
    [{ baseUrl: "https://toloka.dev#frag" }, "baseUrl", /path, query or fragment/],
  ])("refuses %j", (settings, setting, message) => {
    let error: unknown;
    try {
      resolveEndpoint(settings);
    } catch (e) {
      error = e;
    }
    expect(isTolokaConfigError(error)).toBe(true);
    expect((error as { setting: string }).setting).toBe(setting);
    expect((error as Error).message).toMatch(message);
  });

  it("never shows the password of a URL with credentials", () => {
    expect(() => resolveEndpoint({ baseUrl: "https://user:hunter2@toloka.dev" })).toThrow(/\*\*\*:\*\*\*@toloka\.dev/);
    try {
      resolveEndpoint({ baseUrl: "https://user:hunter2@toloka.dev" });
    } catch (e) {
      expect(String((e as Error).stack)).not.toContain("hunter2");
    }
  });
});
