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
});
