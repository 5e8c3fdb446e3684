// Starts Azurite's blob service (the Azure Storage emulator, from npm) on a
// free loopback port with its data in a fresh temporary directory, for tests
// and the local cluster. Returns the connection string and a stop function.
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

/** Azurite's well-known development account (public, documented by Microsoft). */
const ACCOUNT = 'devstoreaccount1';
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function connectionStringFor(port) {
  return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
}

async function waitForPort(port, child, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`azurite exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error('azurite did not start in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * @param {{ port?: number, location?: string }} [options]
 * @returns {Promise<{ connectionString: string, port: number, location: string, stop: () => Promise<void> }>}
 */
async function startAzurite(options = {}) {
  const port = options.port ?? (await freePort());
  const ownLocation = !options.location;
  const location = options.location ?? mkdtempSync(path.join(os.tmpdir(), 'mic-azurite-'));
  const bin = require.resolve('azurite/dist/src/blob/main.js');
  const child = spawn(
    process.execPath,
    [
      bin,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--location',
      location,
      '--silent',
      '--skipApiVersionCheck',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d.toString()));
  try {
    await waitForPort(port, child, 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}: ${stderr}`);
  }
  return {
    connectionString: connectionStringFor(port),
    port,
    location,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      if (ownLocation) rmSync(location, { recursive: true, force: true });
    },
  };
}

module.exports = { startAzurite, connectionStringFor };
