// One Chromium per e2e worker, started by global-setup.cjs and kept for the
// whole run: each test file connects to its worker's browser (E2E_BROWSER_WS,
// see worker-env.cjs and src/support/browser.ts) and opens a fresh context per
// test, instead of launching and closing a browser per file (about 1 s of
// Chromium start-up each, ~70 times a run).
const { chromium } = require('playwright-core');

/** Chromium from Debian (playwright-core never downloads browsers here). */
const CHROMIUM_PATH = process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts a Chromium that test files connect to (`chromium.connect(wsEndpoint())`). */
function launchBrowserServer() {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

module.exports = { launchBrowserServer };
