import path from 'node:path';

import type { NextConfig } from 'next';

// No telemetry calls to Vercel (the app and its build run offline).
process.env['NEXT_TELEMETRY_DISABLED'] ??= '1';

/** The Nx workspace root: libs/web/* are compiled from source through tsconfig paths. */
const workspaceRoot = path.resolve(__dirname, '../..');

const isDev = process.env['NODE_ENV'] === 'development';

/**
 * Everything is served from this origin: no CDN, web fonts or analytics.
 * The CSP enforces that in the browser (Next.js needs inline scripts for
 * hydration data; dev mode also needs eval for React Refresh).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

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
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
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
