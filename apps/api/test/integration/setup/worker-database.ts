// Runs in each Jest worker before its test files: point DATABASE_URL at this
// worker's own copy of the migrated database (see global-setup.ts).
const urls = (process.env.MIC_TEST_DB_URLS ?? '').split(',').filter(Boolean);
const worker = Number(process.env.JEST_WORKER_ID ?? 1);
if (urls.length) process.env.DATABASE_URL = urls[(worker - 1) % urls.length];
