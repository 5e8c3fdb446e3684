# syntax=docker/dockerfile:1
# The web image (Next.js, served by tools/dev/web-server.cjs, which appends the real peer to X-Forwarded-For).
# Build from the repository root:
#   docker build -f infra/docker/web.Dockerfile -t mic-web:<tag> .
# Checked offline by tools/infra/dockerfiles.spec.ts (no Docker engine runs where this is developed).

# --- build: full install, next build ---
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json nx.json ./
COPY libs ./libs
COPY apps/web ./apps/web
RUN node node_modules/next/dist/bin/next build apps/web && rm -rf apps/web/.next/cache

# --- deps: production dependencies only ---
FROM node:20.20.2-bookworm-slim AS deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ---
FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/package.json ./package.json
COPY tsconfig.base.json ./
COPY --from=build /app/apps/web/next.config.ts /app/apps/web/tsconfig.json ./apps/web/
COPY --from=build /app/apps/web/public ./apps/web/public
# Next.js writes its runtime cache under .next: the only directory the app user may write.
COPY --from=build --chown=node:node /app/apps/web/.next ./apps/web/.next
COPY tools/dev/web-server.cjs tools/dev/http-timeouts.cjs ./tools/dev/
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--require", "./tools/dev/http-timeouts.cjs", "tools/dev/web-server.cjs", "apps/web", "3000", "0.0.0.0"]
