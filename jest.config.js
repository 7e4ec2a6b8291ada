const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

// d3 modules (and their dependencies) ship only ES modules; Node 20's jest cannot require them,
// so they are transformed like the app's own code. next/jest only lets us append ignore patterns,
// so its node_modules pattern is widened after it is built.
// linkedom's HTML parser and selector engine are ES modules too (Node 20.19+ requires them natively).
const esmOnly = [
  "d3-[a-z-]+",
  "internmap",
  "delaunator",
  "robust-predicates",
  "css-select",
  "css-what",
  "domutils",
  "dom-serializer",
  "domhandler",
  "domelementtype",
  "entities",
  "htmlparser2",
  "nth-check",
  "boolbase",
  "cssomnom",
].join("|");

const baseConfig = createJestConfig({
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
  testMatch: ["<rootDir>/__tests__/**/*.test.ts?(x)"],
  testPathIgnorePatterns: ["<rootDir>/__tests__/browser/"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
});

module.exports = async () => {
  const config = await baseConfig();
  config.transformIgnorePatterns = config.transformIgnorePatterns.map((p) =>
    p.startsWith("/node_modules/(?!.pnpm)(?!(") ? p.replace("(?!(", `(?!(${esmOnly}|`) : p,
  );
  return config;
};
