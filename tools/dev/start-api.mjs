// npm run start:api: one API process. With DATABASE_URL it joins an existing
// database (e.g. a second process beside `npm start`); without it, it uses the
// embedded PostgreSQL in .data/pg.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { resolveDatabase } from '../db/database-url.mjs';
import { API_NODE_FLAGS } from './stack.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');

await buildApi();
const db = await resolveDatabase();
if (db.embedded) {
  const tasks = require(path.join(root, 'dist/apps/api/src/database/database-tasks.js'));
  await tasks.runMigrations(db.url);
  await tasks.seed(db.url, { demo: process.env.NODE_ENV !== 'production' });
}
const api = spawn(process.execPath, [...API_NODE_FLAGS, 'dist/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: db.url },
});
const stop = (signal) => api.kill(signal);
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));
api.on('exit', async (code) => {
  if (db.embedded) await db.embedded.stop();
  process.exit(code ?? 0);
});
