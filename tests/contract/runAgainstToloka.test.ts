import * as http from "http";
import type { AddressInfo } from "net";
import { envWithout, runScript } from "../support/runScript";

/**
 * `npm run test:contract`'s command line. A local server stands in for Toloka and counts the
 * requests, so "nothing ran" is checked where it matters: no request left.
 */
describe("the contract suite's command line", () => {
  let server: http.Server;
  let baseUrl: string;
  let requests: string[];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    requests = [];
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const configured = () => envWithout({ TOLOKA_API_KEY: "contract-key", TOLOKA_CONTRACT_SOURCE_TRAINING_ID: "123456", TOLOKA_BASE_URL: baseUrl });

  test.each([["--help"], ["-h"], ["--emulator", "--help"]])("%s prints the usage and exits 0; nothing is sent, even with a key set", async (...args) => {
    const run = await runScript("tests/contract/runAgainstToloka.ts", args, configured());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run test:contract -- \[options\]\n/);
    for (const name of ["TOLOKA_API_KEY", "TOLOKA_CONTRACT_SOURCE_TRAINING_ID", "TOLOKA_ENVIRONMENT", "TOLOKA_BASE_URL", "--emulator"]) {
      expect(run.stdout).toContain(`  ${name}`);
    }
    expect(run.stdout).not.toMatch(/Contract suite against/);
    expect(requests).toEqual([]);
  });

  test("an unknown option exits 2 with the usage; nothing is sent", async () => {
    const run = await runScript("tests/contract/runAgainstToloka.ts", ["--emulatr"], configured());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^unknown option "--emulatr"\nusage: npm run test:contract/);
    expect(requests).toEqual([]);
  });

  test("with TOLOKA_API_KEY set and the source training missing it fails, naming the variable; nothing is sent", async () => {
    const run = await runScript("tests/contract/runAgainstToloka.ts", [], envWithout({ TOLOKA_API_KEY: "contract-key", TOLOKA_BASE_URL: baseUrl }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TOLOKA_API_KEY is set, but TOLOKA_CONTRACT_SOURCE_TRAINING_ID is not/);
    expect(run.stdout).not.toMatch(/skipped/);
    expect(requests).toEqual([]);
  });

  test("an empty source training id is missing too", async () => {
    const env = envWithout({ TOLOKA_API_KEY: "contract-key", TOLOKA_CONTRACT_SOURCE_TRAINING_ID: " ", TOLOKA_BASE_URL: baseUrl });
    const run = await runScript("tests/contract/runAgainstToloka.ts", [], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TOLOKA_CONTRACT_SOURCE_TRAINING_ID is not/);
    expect(requests).toEqual([]);
  });

  test.each([
    ["nothing set", {}],
    ["only the source training set", { TOLOKA_CONTRACT_SOURCE_TRAINING_ID: "123456" }],
  ])("without TOLOKA_API_KEY (%s) it is a skip: exit 0, saying why", async (_what, extra: NodeJS.ProcessEnv) => {
    const run = await runScript("tests/contract/runAgainstToloka.ts", [], envWithout({ ...extra, TOLOKA_BASE_URL: baseUrl }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Contract suite against real Toloka: skipped, because TOLOKA_API_KEY is not set\./);
    expect(requests).toEqual([]);
  });

  test("a source training id that is not an id fails, quoting it", async () => {
    const env = envWithout({ TOLOKA_API_KEY: "contract-key", TOLOKA_CONTRACT_SOURCE_TRAINING_ID: "abc", TOLOKA_BASE_URL: baseUrl });
    const run = await runScript("tests/contract/runAgainstToloka.ts", [], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('TOLOKA_CONTRACT_SOURCE_TRAINING_ID must be a training pool id (digits), got "abc"');
    expect(run.stderr).not.toContain("contract-key");
    expect(requests).toEqual([]);
  });
});
