// Finds a PostgreSQL for the test tiers and makes a fresh database on it:
// TEST_DATABASE_URL or DATABASE_URL when set; else the machine's own server on
// 127.0.0.1:5432 when it answers; else an embedded server on a free port.
const crypto = require('node:crypto');

const pgServer = require('../db/pg-server.cjs');

async function findServer(log = () => {}) {
  const explicit = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (explicit)
    return { serverUrl: pgServer.withDatabase(explicit, 'postgres'), stop: async () => {} };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (process.env.TEST_EMBEDDED_PG !== 'true' && (await pgServer.answers(local, 1000))) {
    log('using the PostgreSQL server on 127.0.0.1:5432');
    return { serverUrl: local, stop: async () => {} };
  }
  const port = await pgServer.freePort();
  log(`starting embedded PostgreSQL on port ${port}`);
  const embedded = await pgServer.startEmbedded({ dataDir: `.data/pg-test-${port}`, port, log });
  return {
    serverUrl: pgServer.urlFor(port, 'postgres'),
    stop: async () => {
      await embedded.stop();
      require('node:fs').rmSync(require('node:path').join(pgServer.root, `.data/pg-test-${port}`), {
        recursive: true,
        force: true,
      });
    },
  };
}

/** Creates mic_test_<random> on the server; returns its URL and a drop(). */
async function createTestDatabase(server, prefix = 'mic_test') {
  const name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
  await pgServer.createDatabaseIfMissing(server.serverUrl, name);
  return {
    name,
    url: pgServer.withDatabase(server.serverUrl, name),
    drop: () => pgServer.dropDatabase(server.serverUrl, name),
  };
}

/**
 * Copies a migrated database `count` times (CREATE DATABASE … TEMPLATE), one
 * per Jest worker, so integration files can run in parallel without sharing
 * rows. Returns their URLs and a drop() for all of them.
 */
async function cloneTestDatabase(server, template, count) {
  const { Client } = require('pg');
  const names = Array.from({ length: count }, (_, i) => `${template}_w${i + 1}`);
  const client = new Client({ connectionString: server.serverUrl });
  await client.connect();
  try {
    for (const name of names) {
      await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.replace(/"/g, '')}"`);
    }
  } finally {
    await client.end();
  }
  return {
    urls: names.map((name) => pgServer.withDatabase(server.serverUrl, name)),
    drop: async () => {
      for (const name of names) await pgServer.dropDatabase(server.serverUrl, name).catch(() => {});
    },
  };
}

module.exports = { findServer, createTestDatabase, cloneTestDatabase };
