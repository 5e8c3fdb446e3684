# syntax=docker/dockerfile:1
# The API image (also the migration job's image: `migrate` command).
# Build from the repository root:
#   docker build -f infra/docker/api.Dockerfile -t mic-api:<tag> .
# or, with no local engine: az acr build -r <registry> -f infra/docker/api.Dockerfile -t mic-api:<tag> .
# Checked offline by tools/infra/dockerfiles.spec.ts (no Docker engine runs where this is developed).

# --- build: full install (swc, TypeScript), compile apps/api and libs/shared to dist/ ---
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json ./
COPY tools/build ./tools/build
COPY libs/shared ./libs/shared
COPY apps/api ./apps/api
RUN node tools/build/build-api.mjs

# --- deps: production dependencies only (no dev mail catcher, demo IdP or embedded PostgreSQL) ---
FROM node:20.20.2-bookworm-slim AS deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ---
FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    API_PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/package.json ./package.json
COPY --from=build /app/dist ./dist
COPY --chmod=0755 infra/docker/api-entrypoint.sh /usr/local/bin/mic-api
# The image's own user from the node base image (uid 1000); nothing under /app is writable by it.
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/mic-api"]
CMD ["serve"]
