// The repository's own ESLint rules.
//   mic/api-parts               an API file imports only the parts apps/api/parts.json allows
//   mic/require-project-graph   lint fails (instead of @nx/enforce-module-boundaries silently
//                               skipping) when the Nx project graph cannot be read
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

/** Reads and checks a parts file; throws on a malformed one (so lint cannot run on a bad map). */
export function loadParts(file = path.join(repoRoot, 'apps/api/parts.json')) {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const names = new Set(raw.parts.map((p) => p.name));
  for (const part of raw.parts) {
    for (const target of part.mayImport) {
      if (target !== '*' && !names.has(target)) throw new Error(`${file}: part "${part.name}" may import unknown part "${target}"`);
    }
  }
  for (const debt of raw.debts ?? []) {
    for (const target of debt.to) if (!names.has(target)) throw new Error(`${file}: debt from "${debt.from}" names unknown part "${target}"`);
  }
  const entries = raw.parts
    .flatMap((part) => part.paths.map((p) => ({ prefix: path.join(repoRoot, raw.root, p), part })))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    root: path.join(repoRoot, raw.root),
    entries,
    testsMayAlsoImport: new Set(raw.testsMayAlsoImport ?? []),
    debts: (raw.debts ?? []).map((d) => ({ ...d, prefix: path.join(repoRoot, raw.root, d.from), to: new Set(d.to) })),
  };
}

function within(file, prefix) {
  return file === prefix || file.startsWith(prefix + path.sep) || file.startsWith(prefix + '.');
}

function partOf(parts, file) {
  return parts.entries.find((e) => within(file, e.prefix))?.part;
}

const partsCache = new Map();

const apiParts = {
  meta: {
    type: 'problem',
    docs: { description: 'An API file imports only the parts apps/api/parts.json allows it to.' },
    schema: [{ type: 'object', properties: { partsFile: { type: 'string' } }, additionalProperties: false }],
    messages: {
      forbidden:
        '{{fromPart}} may not import {{toPart}} ("{{source}}"). {{fromPart}} may import: {{allowed}}. Use a contribution point or the owner\'s exported service (apps/api/parts.json, docs/architecture.md).',
      unmapped: 'This file is in no part of apps/api/parts.json: add its folder to a part.',
    },
  },
  create(context) {
    const partsFile = context.options[0]?.partsFile ?? path.join(repoRoot, 'apps/api/parts.json');
    if (!partsCache.has(partsFile)) partsCache.set(partsFile, loadParts(partsFile));
    const parts = partsCache.get(partsFile);
    const filename = path.resolve(context.filename);
    if (!within(filename, parts.root)) return {};
    const fromPart = partOf(parts, filename);
    const isTest = /\.spec\.tsx?$/.test(filename);
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(filename), source);
      if (!within(target, parts.root)) return; // outside the API's source (test helpers, libs)
      const toPart = partOf(parts, target);
      if (!fromPart || !toPart || fromPart === toPart) return;
      if (fromPart.mayImport.includes('*') || fromPart.mayImport.includes(toPart.name)) return;
      if (isTest && parts.testsMayAlsoImport.has(toPart.name)) return;
      if (parts.debts.some((d) => within(filename, d.prefix) && d.to.has(toPart.name))) return;
      context.report({
        node,
        messageId: 'forbidden',
        data: { fromPart: fromPart.name, toPart: toPart.name, source, allowed: fromPart.mayImport.join(', ') || 'nothing' },
      });
    }
    return {
      Program(node) {
        if (!fromPart) context.report({ node, messageId: 'unmapped' });
      },
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
      },
    };
  },
};

let graphProblem;
function projectGraphProblem() {
  if (graphProblem === undefined) {
    try {
      require('@nx/devkit').readCachedProjectGraph();
      graphProblem = null;
    } catch (error) {
      graphProblem = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
  }
  return graphProblem;
}

const requireProjectGraph = {
  meta: {
    type: 'problem',
    docs: { description: 'Fails when the Nx project graph is missing, so module boundaries are never silently skipped.' },
    schema: [],
    messages: {
      missing:
        'The Nx project graph could not be read ({{problem}}), so @nx/enforce-module-boundaries would skip this file. Run `NX_DAEMON=false npx nx show projects` (npm run lint does) and fix any project.json or nx.json error it reports.',
    },
  },
  create(context) {
    return {
      Program(node) {
        const problem = projectGraphProblem();
        if (problem) context.report({ node, messageId: 'missing', data: { problem } });
      },
    };
  },
};

export default {
  meta: { name: 'mic' },
  rules: { 'api-parts': apiParts, 'require-project-graph': requireProjectGraph },
};
