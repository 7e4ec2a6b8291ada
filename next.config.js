/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  serverExternalPackages: ["@resvg/resvg-js"],
  outputFileTracingIncludes: { "/**": ["./seeds/**"] },
};

module.exports = nextConfig;
