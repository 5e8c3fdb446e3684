// npm run schema:emit: rewrites apps/api/schema.gql from the running code
// (boots the app against a throwaway test database and prints the sorted schema).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const result = spawnSync(
  path.join(root, 'node_modules/.bin/jest'),
  ['-c', 'apps/api/jest.int.config.cjs', 'schema-contract'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, UPDATE_SCHEMA: '1' } },
);
process.exit(result.status ?? 1);
