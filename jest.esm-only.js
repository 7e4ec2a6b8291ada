// d3 modules (and their dependencies) ship only ES modules; Node 20's jest cannot require them,
// so they are transformed like the app's own code. next/jest only lets us append ignore patterns,
// so its node_modules pattern is widened after it is built (jest.config.js, jest.browser.config.js).
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

/** next/jest's config with the ES-only packages above transformed. */
module.exports = function transformEsmOnly(config) {
  config.transformIgnorePatterns = config.transformIgnorePatterns.map((p) =>
    p.startsWith("/node_modules/(?!.pnpm)(?!(") ? p.replace("(?!(", `(?!(${esmOnly}|`) : p,
  );
  return config;
};
