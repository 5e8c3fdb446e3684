// `npm run build:web`: the production build of the web app (next build), skipped
// when apps/web/.next is newer than every source it is built from (--force
// builds anyway). The same check `npm start`, the cluster and the e2e tier use.
import { rmSync } from 'node:fs';
import path from 'node:path';

import { buildWeb, root } from '../dev/stack.mjs';

if (process.argv.includes('--force')) rmSync(path.join(root, 'apps/web/.next/BUILD_ID'), { force: true });
const started = Date.now();
const built = await buildWeb((message) => console.log(`[build:web] ${message}`));
console.log(
  built
    ? `[build:web] built in ${((Date.now() - started) / 1000).toFixed(1)} s`
    : '[build:web] the build is current (no source is newer); nothing to do',
);
