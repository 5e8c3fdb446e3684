/**
 * Integration files run in this many Jest workers, each on its own copy of
 * the migrated database (global-setup.ts clones it; worker-database.ts picks
 * the copy). INT_WORKERS=1 runs them one by one.
 */
export const INTEGRATION_WORKERS = Math.max(1, Number(process.env.INT_WORKERS ?? 2) || 1);
