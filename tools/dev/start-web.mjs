// npm run start:web: builds (when sources changed) and serves the web app.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import { buildWeb, root } from './stack.mjs';

const require = createRequire(import.meta.url);
await buildWeb((m) => console.log(`[web] ${m}`));
const port = process.env.WEB_PORT ?? '3000';
// Like `next start`, plus the real peer address appended to X-Forwarded-For (see web-server.cjs).
const web = spawn(process.execPath, [path.join(root, 'tools/dev/web-server.cjs'), 'apps/web', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
});
process.on('SIGINT', () => web.kill('SIGTERM'));
process.on('SIGTERM', () => web.kill('SIGTERM'));
web.on('exit', (code) => process.exit(code ?? 0));
