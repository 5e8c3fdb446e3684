// npm run start:web: builds (when sources changed) and serves the web app.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

import { buildWeb, root, WEB_NODE_FLAGS } from './stack.mjs';

const require = createRequire(import.meta.url);
await buildWeb((m) => console.log(`[web] ${m}`));
const port = process.env.WEB_PORT ?? '3000';
const web = spawn(
  process.execPath,
  [
    ...WEB_NODE_FLAGS,
    require.resolve('next/dist/bin/next'),
    'start',
    'apps/web',
    '-p',
    port,
    '--keepAliveTimeout',
    process.env.WEB_KEEP_ALIVE_TIMEOUT_MS ?? '5000',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  },
);
process.on('SIGINT', () => web.kill('SIGTERM'));
process.on('SIGTERM', () => web.kill('SIGTERM'));
web.on('exit', (code) => process.exit(code ?? 0));
