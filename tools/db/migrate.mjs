// npm run db:migrate | db:revert | db:migration:generate -- <name> | db:reset | db:seed
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { resolveDatabase } from './database-url.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const [command, arg] = process.argv.slice(2);

/**
 * Rewrites migrations/index.ts from the migration files, ordered by their
 * timestamp prefix (deterministic, so merged branches need no hand edits).
 */
function registerMigrations() {
  const dir = path.join(root, 'apps/api/src/database/migrations');
  const files = readdirSync(dir)
    .filter((f) => /^\d{13}-[a-z0-9-]+\.ts$/.test(f))
    .sort();
  const entries = files.map((f) => {
    const className = /export class (\w+)/.exec(readFileSync(path.join(dir, f), 'utf8'))[1];
    return { base: f.replace(/\.ts$/, ''), className };
  });
  const text = `${entries.map((e) => `import { ${e.className} } from './${e.base}';`).join('\n')}

/** Every migration, in order (written by \`npm run db:migration:generate\`; never edit a merged migration). */
export const MIGRATIONS: Function[] = [
${entries.map((e) => `  ${e.className},`).join('\n')}
];
`;
  writeFileSync(path.join(dir, 'index.ts'), text);
}

await buildApi();
const tasks = require(path.join(root, 'dist/apps/api/src/database/database-tasks.js'));
const { url, embedded } = await resolveDatabase();
const demo = process.env.NODE_ENV !== 'production' && process.env.DEMO_MODE !== 'false';
let code = 0;
try {
  switch (command) {
    case 'run': {
      const ran = await tasks.runMigrations(url);
      console.log(ran.length ? `applied: ${ran.join(', ')}` : 'no pending migrations');
      break;
    }
    case 'revert': {
      const n = await tasks.revertMigrations(url, arg === 'all' ? Infinity : 1);
      console.log(`reverted ${n} migration(s)`);
      break;
    }
    case 'index': {
      registerMigrations();
      console.log('migrations/index.ts rewritten');
      break;
    }
    case 'generate': {
      if (!arg) throw new Error('usage: npm run db:migration:generate -- <kebab-name>');
      await tasks.runMigrations(url);
      const file = await tasks.generateMigration(url, arg, path.join(root, 'apps/api/src/database/migrations'));
      if (file) {
        registerMigrations();
        execFileSync(path.join(root, 'node_modules/.bin/prettier'), ['--write', file], { stdio: 'ignore' });
        console.log(`wrote ${path.relative(root, file)} and registered it in migrations/index.ts: review it`);
      } else {
        console.log('no schema changes');
      }
      break;
    }
    case 'reset': {
      await tasks.revertMigrations(url, Infinity);
      await tasks.runMigrations(url);
      await tasks.seed(url, { demo });
      console.log('database reset, migrated and seeded');
      break;
    }
    case 'seed': {
      await tasks.seed(url, { demo });
      console.log(`seeded reference data${demo ? ' and demo content' : ''}`);
      break;
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  if (embedded) await embedded.stop();
}
process.exit(code);
