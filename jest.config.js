const nextJest = require("next/jest");
const transformEsmOnly = require("./jest.esm-only");

const createJestConfig = nextJest({ dir: "./" });

const baseConfig = createJestConfig({
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
  testMatch: ["<rootDir>/__tests__/**/*.test.ts?(x)"],
  testPathIgnorePatterns: ["<rootDir>/__tests__/browser/"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
});

module.exports = async () => transformEsmOnly(await baseConfig());
