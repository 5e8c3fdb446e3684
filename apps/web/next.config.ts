import path from 'node:path';

import type { NextConfig } from 'next';

// No telemetry calls to Vercel (the app and its build run offline).
process.env['NEXT_TELEMETRY_DISABLED'] ??= '1';

/** The Nx workspace root: libs/web/* are compiled from source through tsconfig paths. */
const workspaceRoot = path.resolve(__dirname, '../..');

// The Content-Security-Policy header is set per request with a nonce in
// src/proxy.ts (src/lib/security/content-security-policy.ts).

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
  // Case study attachments are uploaded through a server action (the API's own limit is 25 MB).
  experimental: { serverActions: { bodySizeLimit: '25mb' } },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
