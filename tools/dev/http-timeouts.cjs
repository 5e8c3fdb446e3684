// Preloaded into `next start` (node --require, see stack.mjs and start-web.mjs):
// Next creates its HTTP server as http.createServer(listener), with Node's
// defaults (headers 60 s, request 300 s, checked only every 30 s), so a slow
// client (slowloris) could hold a connection for a minute or more. This gives
// servers created without options the same limits as the API.
const http = require('node:http');

function ms(name, fallback) {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value >= 500 ? value : fallback;
}

const headersTimeout = ms('WEB_HEADERS_TIMEOUT_MS', 10_000);
const requestTimeout = ms('WEB_REQUEST_TIMEOUT_MS', 20_000);
const keepAliveTimeout = ms('WEB_KEEP_ALIVE_TIMEOUT_MS', 5_000);
const defaults = {
  headersTimeout: Math.min(headersTimeout, requestTimeout),
  requestTimeout,
  keepAliveTimeout,
  connectionsCheckingInterval: 1000,
};

const createServer = http.createServer;
http.createServer = function createServerWithTimeouts(options, listener) {
  if (typeof options === 'function' || options === undefined) {
    return createServer.call(this, { ...defaults }, options);
  }
  return createServer.call(this, { ...defaults, ...options }, listener);
};
