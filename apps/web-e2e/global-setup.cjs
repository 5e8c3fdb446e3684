// Starts the real stack for the e2e tier, as `npm start` does, on a fresh
// seeded database and free ports: migrations, seeds (demo mode), mail
// catcher, API and the production build of the web app.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { findServer, createTestDatabase } = require('../../tools/test/test-database.cjs');
const { freePort } = require('../../tools/db/pg-server.cjs');

module.exports = async function globalSetup() {
  if (process.env.E2E_BASE_URL) return; // an already running stack was given
  const log = (m) => process.stdout.write(`[e2e] ${m}\n`);
  const server = await findServer(log);
  const db = await createTestDatabase(server, 'mic_e2e');
  const { startStack } = await import(pathToFileURL(path.join(__dirname, '../../tools/dev/stack.mjs')).href);
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = db.url;
  try {
    const stack = await startStack({
      apiPort: await freePort(),
      webPort: await freePort(),
      idpPort: await freePort(),
      demo: true,
      quiet: true,
      log,
    });
    process.env.E2E_BASE_URL = stack.webUrl;
    process.env.E2E_API_URL = stack.apiUrl;
    process.env.E2E_MAIL_URL = stack.mailCatcherUrl ?? '';
    process.env.E2E_IDP_URL = stack.idpUrl ?? '';
    globalThis.__MIC_E2E__ = { stack, db, server };
    log(`stack up in ${(stack.startedMs / 1000).toFixed(1)} s at ${stack.webUrl}`);
  } catch (error) {
    await db.drop().catch(() => {});
    await server.stop();
    throw error;
  } finally {
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
};
