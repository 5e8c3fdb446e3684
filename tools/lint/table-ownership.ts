// Tables have one owner (issue #12). Every table belongs to the module whose
// folder declares its TypeORM entity (`@Entity('name')` under
// apps/api/src/modules/<module> or apps/api/src/common/<area>). Feature code
// reads and writes another module's data only through that module's exported
// service, repository or read model, so its own SQL never names a table owned
// elsewhere. This file finds the places that do:
//   - SQL text: FROM / JOIN / INTO / UPDATE / TABLE / TRUNCATE <table> (keywords in capitals,
//     as all SQL in the API is written), and query-builder calls such as
//     `.from('table')` or `.innerJoin('table', ...)`;
//   - entities: a value import of another module's entity class (what
//     `getRepository(Entity)`, `@InjectRepository(Entity)`, `manager.save(Entity)`
//     or `leftJoinAndMapOne(..., Entity, ...)` need). `import type` is fine, and so
//     is an entity file's import of another entity for a relation decorator (it
//     declares a foreign key, as a migration does; it reads nothing).
// Migrations, seeds and tests are exempt. Known violations are debts in
// apps/api/table-ownership.json; tools/lint/table-ownership.spec.ts fails on a
// violation that is not listed and on a listed debt that no longer occurs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const apiSrc = path.join(repoRoot, 'apps/api/src');
export const debtsFile = path.join(repoRoot, 'apps/api/table-ownership.json');

/** The folders scanned, relative to the API's src. */
const SCANNED = ['modules', 'common'];

export interface TableOwner {
  table: string;
  /** `modules/<name>` or `common/<area>`. */
  owner: string;
  entity: string;
  /** The entity's file, relative to the API's src, without `.ts`. */
  entityFile: string;
}

export interface Violation {
  /** Relative to the API's src. */
  file: string;
  table: string;
  owner: string;
  /** How the file reaches the table (`SQL` or `entity <Class>`). */
  via: string;
}

export interface Debt {
  file: string;
  tables: string[];
  issue?: number;
  why: string;
}

/** The module a file belongs to: `modules/<name>` or `common/<area>`; null elsewhere. */
export function moduleOf(relFile: string): string | null {
  const [top, name, ...rest] = relFile.split('/');
  if (!rest.length || !SCANNED.includes(top)) return null;
  return `${top}/${name}`;
}

/** Migrations, seeds and tests may name any table. */
export function isExempt(relFile: string): boolean {
  return (
    /(^|\/)(migrations|seeds)\//.test(relFile) ||
    /\.(spec|int-spec|test)\.ts$/.test(relFile) ||
    relFile.endsWith('.d.ts')
  );
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** The API's source files in the scanned folders, relative to `src` (forward slashes). */
export function sourceFiles(src = apiSrc): string[] {
  return SCANNED.flatMap((top) => {
    const dir = path.join(src, top);
    try {
      return walk(dir).map((f) => path.relative(src, f).split(path.sep).join('/'));
    } catch {
      return [];
    }
  }).sort();
}

const ENTITY =
  /@Entity\(\s*['"]([a-z_][a-z0-9_]*)['"][^)]*\)\s*(?:@[\s\S]*?)?export\s+class\s+(\w+)/g;

/** Every table with its owning module, from the `@Entity('name')` declarations. */
export function tableOwners(src = apiSrc): Map<string, TableOwner> {
  const owners = new Map<string, TableOwner>();
  for (const file of sourceFiles(src)) {
    const owner = moduleOf(file);
    if (!owner || isExempt(file)) continue;
    const text = readFileSync(path.join(src, file), 'utf8');
    for (const match of text.matchAll(ENTITY)) {
      const [, table, entity] = match;
      const previous = owners.get(table);
      if (previous && previous.owner !== owner) {
        throw new Error(`Table ${table} is declared in ${previous.entityFile} and ${file}`);
      }
      owners.set(table, { table, owner, entity, entityFile: file.replace(/\.ts$/, '') });
    }
  }
  return owners;
}

/** Removes comments (block and line), keeping strings and line numbers. */
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const SQL_TABLE =
  /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/g;
const BUILDER_TABLE =
  /\.(?:from|into|update|delete|(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?)\(\s*['"`]([a-z_][a-z0-9_]*)['"`]/g;
const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;

/**
 * The other-module tables one file names. `relFile` is relative to the API's
 * src (it decides the file's module and resolves its imports).
 */
export function violationsIn(
  relFile: string,
  source: string,
  owners: Map<string, TableOwner>,
): Violation[] {
  const own = moduleOf(relFile);
  if (!own || isExempt(relFile)) return [];
  const code = stripComments(source);
  const found = new Map<string, Violation>();
  const add = (table: string, via: string) => {
    const owner = owners.get(table);
    if (!owner || owner.owner === own) return;
    const key = `${table}|${via}`;
    if (!found.has(key)) found.set(key, { file: relFile, table, owner: owner.owner, via });
  };
  for (const re of [SQL_TABLE, BUILDER_TABLE]) {
    for (const match of code.matchAll(re)) add(match[1], 'SQL');
  }
  const byEntityFile = new Map([...owners.values()].map((o) => [o.entityFile, o]));
  const entityImportsCount = !relFile.endsWith('.entity.ts');
  for (const match of entityImportsCount ? code.matchAll(IMPORT) : []) {
    const [, typeOnly, names, from] = match;
    if (typeOnly || !from.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(relFile), from));
    const owner = byEntityFile.get(target);
    if (!owner) continue;
    const valueNames = names
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith('type '))
      .map((n) => n.split(/\s+as\s+/)[0]);
    // An entity file may declare several entities; only the imported ones count.
    for (const o of owners.values()) {
      if (o.entityFile === target && valueNames.includes(o.entity))
        add(o.table, `entity ${o.entity}`);
    }
  }
  return [...found.values()];
}

/** Every violation in the API's source tree. */
export function scan(src = apiSrc): Violation[] {
  const owners = tableOwners(src);
  return sourceFiles(src).flatMap((file) =>
    violationsIn(file, readFileSync(path.join(src, file), 'utf8'), owners),
  );
}

export function loadDebts(file = debtsFile): Debt[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { debts: Debt[] }).debts;
}

/**
 * Compares violations with the listed debts: `unlisted` are new violations
 * (fix them), `paid` are debts that no longer occur (remove them from the list).
 */
export function checkAgainstDebts(
  violations: Violation[],
  debts: Debt[],
): { unlisted: Violation[]; paid: { file: string; table: string }[] } {
  const listed = new Set(debts.flatMap((d) => d.tables.map((t) => `${d.file}|${t}`)));
  const occurring = new Set(violations.map((v) => `${v.file}|${v.table}`));
  return {
    unlisted: violations.filter((v) => !listed.has(`${v.file}|${v.table}`)),
    paid: [...listed]
      .filter((key) => !occurring.has(key))
      .map((key) => {
        const [file, table] = key.split('|');
        return { file, table };
      }),
  };
}
