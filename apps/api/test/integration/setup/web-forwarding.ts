import type { IncomingMessage } from 'node:http';

// The web server's wrapper (what `npm start` runs), used as the mail catcher is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webServer = require('../../../../../tools/dev/web-server.cjs') as {
  appendPeerAddress: (req: IncomingMessage) => void;
};

/** Appends the socket peer to X-Forwarded-For, exactly as the web server does. */
export const appendPeerAddress = webServer.appendPeerAddress;
