/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // Jest's default on 2 cores is one worker; these suites mostly wait on child processes and
  // HTTP, so two workers halve the run (about 3 minutes instead of 5 here).
  maxWorkers: 2,
  globalSetup: "<rootDir>/tests/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/globalTeardown.ts",
  moduleNameMapper: { "^pulumi-toloka$": "<rootDir>/provider/index.ts", "^pulumi-toloka/emulator$": "<rootDir>/emulator/index.ts" },
};
