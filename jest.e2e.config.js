/**
 * The end-to-end suite: the real Pulumi CLI (built by `npm run pulumi:build`) against the
 * emulator. One file at a time: each runs a CLI and a provider host on the machine's 2 cores.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 300000,
  maxWorkers: 1,
  globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
  moduleNameMapper: { "^pulumi-toloka$": "<rootDir>/provider/index.ts", "^pulumi-toloka/emulator$": "<rootDir>/emulator/index.ts" },
};
