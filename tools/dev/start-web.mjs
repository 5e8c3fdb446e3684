// npm run start:web: builds (when sources changed) and serves the web app.
import { spawn } from 'node:child_process';
import path from 'node:path';

import { buildWeb, root, WEB_NODE_FLAGS } from './stack.mjs';

await buildWeb((m) => console.log(`[web] ${m}`));
const port = process.env.WEB_PORT ?? '3000';
// Like `next start`, plus the real peer address appended to X-Forwarded-For (see web-server.cjs),
// with the HTTP timeouts of http-timeouts.cjs.
const web = spawn(
  process.execPath,
  [...WEB_NODE_FLAGS, path.join(root, 'tools/dev/web-server.cjs'), 'apps/web', port],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  },
);
process.on('SIGINT', () => web.kill('SIGTERM'));
process.on('SIGTERM', () => web.kill('SIGTERM'));
web.on('exit', (code) => process.exit(code ?? 0));
