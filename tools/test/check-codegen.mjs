// Fails when the committed codegen output differs from what apps/api/schema.gql generates.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const generated = path.join(root, 'libs/web/data-access/src/generated/graphql.ts');
if (!existsSync(path.join(root, 'libs/web/data-access/codegen.ts'))) {
  console.log('no codegen configured');
  process.exit(0);
}
const before = existsSync(generated) ? readFileSync(generated, 'utf8') : '';
execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'libs/web/data-access/codegen.ts', '--silent'], {
  cwd: root,
  stdio: 'inherit',
});
const after = readFileSync(generated, 'utf8');
if (before !== after) {
  console.error('libs/web/data-access/src/generated/graphql.ts was out of date with apps/api/schema.gql; it has been regenerated: commit it.');
  process.exit(1);
}
console.log('codegen output is up to date');
