/**
 * Security headers. Pages and embeds also get a per-request Content-Security-Policy with a nonce
 * from proxy.ts (frame-ancestors 'none' for pages, * for /embed/*); what the proxy does not see
 * (images, API answers, static files) gets a policy here that lets nothing run or frame it.
 */
const resourcePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; sandbox";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // chrono-node stays a plain require: the time stage picks its parsers by class name, which bundling would mangle.
  // better-sqlite3 is a native addon and pg loads optional native bindings: both stay plain requires.
  serverExternalPackages: ["@resvg/resvg-js", "chrono-node", "better-sqlite3", "pg", "linkedom"],
  outputFileTracingIncludes: { "/**": ["./seeds/**", "./lib/store/db/migrations/**"] },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Everything but the embeds refuses to be framed (older browsers read only X-Frame-Options).
      { source: "/:path((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: resourcePolicy }] },
    ];
  },
};

// The embed scripts are bundled before every build and dev server, however the build is started.
const BUNDLING_PHASES = ["phase-production-build", "phase-development-server"];

module.exports = async (phase) => {
  if (BUNDLING_PHASES.includes(phase)) await (await import("./scripts/build-embed.mjs")).buildEmbedScripts();
  return nextConfig;
};
