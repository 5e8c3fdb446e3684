// Starts the real stack for the e2e tier, as `npm start` does, on a fresh
// seeded database and free ports: migrations, seeds (demo mode), mail
// catcher, API and the production build of the web app.
//
// The tier runs its files in E2E_STACKS Jest workers (2 by default). Each
// worker gets a whole stack of its own (database, API, web server, mail
// catcher, demo identity provider), so journeys in parallel never share a row,
// a rate limit or a session. The code is built once; the second stack starts
// from the same build. Each worker reads its stack's addresses through
// `worker-env.cjs` (E2E_*_<worker> → E2E_*).
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { findServer, createTestDatabase } = require('../../tools/test/test-database.cjs');
const { freePort } = require('../../tools/db/pg-server.cjs');
const { e2eStackCount } = require('./stack-count.cjs');

module.exports = async function globalSetup() {
  if (process.env.E2E_BASE_URL) return; // an already running stack was given
  const log = (m) => process.stdout.write(`[e2e] ${m}\n`);
  const server = await findServer(log);
  const { startStack } = await import(pathToFileURL(path.join(__dirname, '../../tools/dev/stack.mjs')).href);
  const handles = [];
  globalThis.__MIC_E2E__ = { handles, server };
  const count = e2eStackCount();
  const previousUrl = process.env.DATABASE_URL;
  try {
    for (let worker = 1; worker <= count; worker += 1) {
      const db = await createTestDatabase(server, 'mic_e2e');
      handles.push({ db });
      process.env.DATABASE_URL = db.url;
      const stack = await startStack({
        apiPort: await freePort(),
        webPort: await freePort(),
        idpPort: await freePort(),
        demo: true,
        quiet: true,
        // The first stack builds the API and the web app; the others reuse that build.
        build: worker === 1,
        log: (m) => log(`${count > 1 ? `[stack ${worker}] ` : ''}${m}`),
      });
      handles[handles.length - 1].stack = stack;
      process.env[`E2E_BASE_URL_${worker}`] = stack.webUrl;
      process.env[`E2E_API_URL_${worker}`] = stack.apiUrl;
      process.env[`E2E_MAIL_URL_${worker}`] = stack.mailCatcherUrl ?? '';
      process.env[`E2E_IDP_URL_${worker}`] = stack.idpUrl ?? '';
      log(`stack ${worker} of ${count} up in ${(stack.startedMs / 1000).toFixed(1)} s at ${stack.webUrl}`);
    }
    process.env.E2E_STACKS = String(count);
  } catch (error) {
    await require('./global-teardown.cjs')();
    throw error;
  } finally {
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
};
