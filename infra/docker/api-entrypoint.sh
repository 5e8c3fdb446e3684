#!/bin/sh
# Entry point of the API image:
#   serve    (default) the API, as tools/dev/stack.mjs starts it (same Node flags)
#   migrate  pending migrations + reference data, then exit (the Container Apps migration job)
#   revert   revert the last migration, then exit (rollback only; docs/deploy.md)
set -eu
case "${1:-serve}" in
  serve) exec node --max-old-space-size=192 --max-semi-space-size=16 dist/apps/api/src/main.js ;;
  migrate) exec node --enable-source-maps dist/apps/api/src/migrate.js ;;
  revert) exec node --enable-source-maps dist/apps/api/src/migrate.js revert ;;
  *) echo "usage: mic-api [serve|migrate|revert]" >&2; exit 64 ;;
esac
