// Resolves the database for `npm start` and the db scripts: DATABASE_URL when
// set, otherwise an embedded PostgreSQL with data in .data/pg, run by
// tools/db/pg-daemon.cjs in its own process group (see ADR 0003).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pgServer = require('./pg-server.cjs');

export const EMBEDDED_DB = 'mic';

function startDaemon(port, log) {
  return new Promise((resolve, reject) => {
    const daemon = spawn(process.execPath, [path.join(import.meta.dirname, 'pg-daemon.cjs'), '.data/pg', String(port)], {
      cwd: pgServer.root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    daemon.stderr.on('data', (chunk) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) log(line.replace(/^\[db\] /, ''));
    });
    daemon.stdout.on('data', (chunk) => {
      output += String(chunk);
      const match = /READY (\d+)/.exec(output);
      if (match) {
        daemon.stdout.removeAllListeners('data');
        resolve({
          port: Number(match[1]),
          stop: () =>
            new Promise((done) => {
              if (daemon.exitCode !== null) return done();
              daemon.once('exit', () => done());
              daemon.kill('SIGTERM');
            }),
        });
      }
    });
    daemon.once('exit', (code) => reject(new Error(`embedded PostgreSQL did not start (exit ${code})`)));
  });
}

export async function resolveDatabase(log = (m) => console.log(`[db] ${m}`)) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error('EMBEDDED_PG_PORT must be a port number');
  }
  const embedded = await startDaemon(port, log);
  await pgServer.createDatabaseIfMissing(pgServer.urlFor(embedded.port, 'postgres'), EMBEDDED_DB);
  return { url: pgServer.urlFor(embedded.port, EMBEDDED_DB), embedded };
}
