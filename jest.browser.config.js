// End-to-end tests in a real Chromium, run by scripts/browser-tests.mjs (which builds, starts the
// production server and passes its address in NEWSLINE_URL). One worker: the tests share one server
// and one machine, and timings (screenshots, zoom) are steadier without parallel browsers.
 
const nextJest = require("next/jest");
const transformEsmOnly = require("./jest.esm-only");

const createJestConfig = nextJest({ dir: "./" });

const baseConfig = createJestConfig({
  displayName: "browser",
  testEnvironment: "node",
  testMatch: ["<rootDir>/__tests__/browser/**/*.test.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 30,
});

// the tests read the graph's layout (lib/graph, d3-force) to know where the canvas draws labels
module.exports = async () => transformEsmOnly(await baseConfig());
