// Serves the built web app like `next start`, but first appends each
// request's socket peer to X-Forwarded-For. Next.js itself only sets that
// header when it is absent (so a client could pre-fill it and hide its real
// address); with this wrapper the last hop is always the address that really
// connected, and the API (TRUST_PROXY) walks the chain from there.
//   node tools/dev/web-server.cjs <app dir> <port> [host]
const http = require('node:http');
const path = require('node:path');

/** Appends the socket peer to X-Forwarded-For (keeping what earlier proxies wrote). */
function appendPeerAddress(req) {
  const peer = req.socket && req.socket.remoteAddress ? req.socket.remoteAddress : 'unknown';
  const prior = req.headers['x-forwarded-for'];
  const chain = Array.isArray(prior) ? prior.join(', ') : prior;
  req.headers['x-forwarded-for'] = chain && chain.trim() ? `${chain}, ${peer}` : peer;
}

async function main() {
  const [dir = 'apps/web', port = '3000', hostname] = process.argv.slice(2);
  const next = require('next');
  const app = next({ dev: false, dir: path.resolve(dir), hostname, port: Number(port) });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    appendPeerAddress(req);
    handle(req, res);
  });
  server.listen(Number(port), hostname, () => {
    process.stdout.write(`web listening on http://${hostname ?? 'localhost'}:${port}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`web failed to start: ${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });
}

module.exports = { appendPeerAddress };
