import { DEFAULT_EMULATOR_OPTIONS, TolokaEmulator, mergeEmulatorOptions } from "../../emulator/index";
import { parseCliArgs } from "../../emulator/cli";

describe("options", () => {
  test("defaults are Toloka's documented limits", () => {
    expect(DEFAULT_EMULATOR_OPTIONS).toEqual({
      apiKey: "emulator-api-key-0123456789abcdef",
      host: "127.0.0.1",
      port: 0,
      operationDurationMs: 300,
      progressModel: "linear",
      pendingMs: 20,
      archiveConflict: "409",
      putOnOpen: "409",
      operationIds: "uuid",
      maxOperationsPage: 500,
      operationLogs: "empty",
      operationFields: "full",
      timestampDigits: 3,
      poolReopenAfterUpdateMs: 900_000,
      cloneQuota: { perMinute: 20, perDay: 100, minuteWindowMs: 60_000, dayWindowMs: 86_400_000, retryAfter: true },
      requestsPerSecond: 300,
      clockSkewMs: 0,
    });
  });

  test("a partial cloneQuota keeps the other quota fields", () => {
    expect(mergeEmulatorOptions(DEFAULT_EMULATOR_OPTIONS, { cloneQuota: { perMinute: 1 } }).cloneQuota).toEqual({
      ...DEFAULT_EMULATOR_OPTIONS.cloneQuota,
      perMinute: 1,
    });
  });

  test.each([
    [{ operationDurationMs: -1 }, /operationDurationMs.*-1/],
    [{ progressModel: "smooth" as never }, /progressModel.*"smooth"/],
    [{ archiveConflict: "410" as never }, /archiveConflict.*"410"/],
    [{ putOnOpen: "allow" as never }, /putOnOpen.*"allow"/],
    [{ operationFields: "some" as never }, /operationFields.*"some"/],
    [{ timestampDigits: 2 as never }, /timestampDigits.*2/],
    [{ port: 70000 }, /port.*70000/],
    [{ apiKey: "" }, /apiKey/],
    [{ requestsPerSecond: 0 }, /requestsPerSecond.*0/],
    [{ cloneQuota: { minuteWindowMs: 0 } }, /cloneQuota.minuteWindowMs.*0/],
  ])("%j is refused with the bad value quoted", (patch, message) => {
    expect(() => mergeEmulatorOptions(DEFAULT_EMULATOR_OPTIONS, patch)).toThrow(message);
  });

  test("start() validates; setOptions() cannot move the server", async () => {
    await expect(TolokaEmulator.start({ pendingMs: -5 })).rejects.toThrow(/pendingMs.*-5/);
    const emulator = await TolokaEmulator.start({ apiKey: "my-key" });
    try {
      expect(emulator.apiKey).toBe("my-key");
      expect(emulator.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(() => emulator.setOptions({ port: 1 })).toThrow(/port cannot change/);
      emulator.setOptions({ progressModel: "jump" });
      expect(emulator.options.progressModel).toBe("jump");
    } finally {
      await emulator.close();
    }
  });

  test("the CLI parses its flags and refuses bad ones", () => {
    expect(parseCliArgs(["--port", "8080", "--duration-ms", "50", "--archive-conflict", "operation-fail"])).toEqual({
      port: 8080,
      operationDurationMs: 50,
      archiveConflict: "operation-fail",
    });
    expect(() => parseCliArgs(["--port", "x"])).toThrow(/--port.*"x"/);
    expect(() => parseCliArgs(["--archive-conflict", "410"])).toThrow(/"410"/);
    expect(() => parseCliArgs(["--verbose"])).toThrow(/unknown option "--verbose"\nusage:/);
    expect(() => parseCliArgs(["--port"])).toThrow(/--port needs a value/);
    expect(() => parseCliArgs(["--colour", "red"])).toThrow(/unknown option "--colour"/);
  });
});
