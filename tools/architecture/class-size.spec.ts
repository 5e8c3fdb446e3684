// Keeps the API's classes small: no class over MAX_CLASS_LINES lines, and no
// @Injectable service with more than MAX_CONSTRUCTOR_PARAMS constructor
// parameters (house style §4, issue #12). Parses apps/api/src with the
// TypeScript compiler API. Classes that break a rule today are listed below
// with their file and why; the test fails when a listed exception no longer
// applies (fixed, renamed or moved), so the list only shrinks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');
const apiSrc = path.join(root, 'apps/api/src');

const MAX_CLASS_LINES = 300;
const MAX_CONSTRUCTOR_PARAMS = 4;

type Rule = 'lines' | 'params';

interface Exception {
  /** Path relative to apps/api/src. */
  file: string;
  className: string;
  rule: Rule;
  why: string;
}

/** Today's exceptions outside events (issue #12). Remove an entry when its class is split. */
const EXCEPTIONS: Exception[] = [
  {
    file: 'modules/commitments/commitment-reminders.service.ts',
    className: 'CommitmentRemindersService',
    rule: 'params',
    why: 'issue #14: repository, users (owner emails), mail outbox, clock and app config (links); move the email composition into a notification kind to remove',
  },
  {
    file: 'modules/follows/notification-emails.service.ts',
    className: 'NotificationEmailsService',
    rule: 'params',
    why: 'follows repository, mail outbox, job queue, app config, the notification-kinds registry (which kinds are emailed at once) and notifications (marking them emailed: tables have one owner); split digest scheduling from sending to remove',
  },
  {
    file: 'modules/moderation/moderation.service.ts',
    className: 'ModerationService',
    rule: 'params',
    why: 'comments now go through DiscussionsService and users through UsersRepository (tables have one owner) beside its own repository, audit and notifications; split flag intake from moderator decisions to remove',
  },
  {
    file: 'modules/auth/auth.service.ts',
    className: 'AuthService',
    rule: 'params',
    why: 'sign-up, sign-in and sessions in one service: auth and users repositories, membership, directory, hasher, clock, rate limit and config; to split into sign-up and sessions',
  },
  {
    file: 'modules/auth/password-reset.service.ts',
    className: 'PasswordResetService',
    rule: 'params',
    why: 'reset tokens, mail and session revocation: auth and users repositories, sessions, hasher, mail, rate limit, clock and two configs; to split token issue from redemption',
  },
  {
    file: 'modules/case-studies/case-studies.service.ts',
    className: 'CaseStudiesService',
    rule: 'lines',
    why: 'drafting, review, publishing and versions of a case study in one class; to split like events (versions, review)',
  },
  {
    file: 'modules/discussions/discussions.service.ts',
    className: 'DiscussionsService',
    rule: 'lines',
    why: 'threads, comments, reactions and revisions in one class; to split comments and reactions out',
  },
  {
    file: 'modules/discussions/discussions.service.ts',
    className: 'DiscussionsService',
    rule: 'params',
    why: 'repository, subject registry, follows, notifications and notification emails; the mention and follower fan-out is to move to its own service',
  },
  {
    file: 'modules/users/membership/membership.service.ts',
    className: 'MembershipService',
    rule: 'params',
    why: 'membership requests, approval emails and audit: membership and users repositories, directory, mail, audit, rate limit, clock and config; to split requests from decisions',
  },
  {
    file: 'modules/users/membership/organisation-requests.service.ts',
    className: 'OrganisationRequestsService',
    rule: 'params',
    why: 'a request for a new organisation touches membership, the directory (repository and service) and audit; one directory dependency is to go',
  },
];

export interface ClassFinding {
  file: string;
  className: string;
  lines: number;
  injectable: boolean;
  constructorParams: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.spec.ts') &&
      !entry.name.endsWith('.d.ts')
      ? [full]
      : [];
  });
}

function decoratorNames(node: ts.ClassLikeDeclaration): string[] {
  return (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((d) => {
    const expr = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
    return ts.isIdentifier(expr)
      ? expr.text
      : ts.isPropertyAccessExpression(expr)
        ? expr.name.text
        : expr.getText();
  });
}

/** Every class in a TypeScript source text, with its size and constructor arity. */
export function findClasses(file: string, text: string): ClassFinding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ClassFinding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const ctor = node.members.find(ts.isConstructorDeclaration);
      found.push({
        file,
        className: node.name?.text ?? '(anonymous)',
        lines: end - start + 1,
        injectable: decoratorNames(node).includes('Injectable'),
        constructorParams: ctor?.parameters.length ?? 0,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The rules a class breaks. */
export function violations(c: ClassFinding): Rule[] {
  const broken: Rule[] = [];
  if (c.lines > MAX_CLASS_LINES) broken.push('lines');
  if (c.injectable && c.constructorParams > MAX_CONSTRUCTOR_PARAMS) broken.push('params');
  return broken;
}

function describeViolation(c: ClassFinding, rule: Rule): string {
  return rule === 'lines'
    ? `${c.file}: class ${c.className} has ${c.lines} lines (max ${MAX_CLASS_LINES})`
    : `${c.file}: @Injectable ${c.className} has ${c.constructorParams} constructor parameters (max ${MAX_CONSTRUCTOR_PARAMS})`;
}

const key = (file: string, className: string, rule: Rule) => `${file}#${className}#${rule}`;

function scanApi(): ClassFinding[] {
  return sourceFiles(apiSrc).flatMap((full) =>
    findClasses(path.relative(apiSrc, full).split(path.sep).join('/'), readFileSync(full, 'utf8')),
  );
}

describe('API class size', () => {
  const classes = scanApi();
  const broken = classes.flatMap((c) => violations(c).map((rule) => ({ c, rule })));
  const excepted = new Set(EXCEPTIONS.map((e) => key(e.file, e.className, e.rule)));

  it('should parse the API sources', () => {
    expect(classes.length).toBeGreaterThan(100);
  });

  it(`should have no class over ${MAX_CLASS_LINES} lines and no service with more than ${MAX_CONSTRUCTOR_PARAMS} dependencies, except those listed`, () => {
    const unlisted = broken
      .filter(({ c, rule }) => !excepted.has(key(c.file, c.className, rule)))
      .map(({ c, rule }) => describeViolation(c, rule));
    expect(unlisted).toEqual([]);
  });

  it('should list only exceptions that still apply (the list only shrinks)', () => {
    const real = new Set(broken.map(({ c, rule }) => key(c.file, c.className, rule)));
    const stale = EXCEPTIONS.filter((e) => !real.has(key(e.file, e.className, e.rule))).map(
      (e) =>
        `${e.file}: ${e.className} (${e.rule}) no longer breaks the rule; remove it from EXCEPTIONS`,
    );
    expect(stale).toEqual([]);
  });

  it('should give every exception a reason', () => {
    expect(EXCEPTIONS.filter((e) => e.why.trim().length < 10)).toEqual([]);
  });

  it('should have no class in events breaking a rule (no exceptions there)', () => {
    expect(EXCEPTIONS.filter((e) => e.file.startsWith('modules/events/'))).toEqual([]);
  });

  describe('the checks bite', () => {
    it('should flag a planted class over the limit and a planted service with too many dependencies', () => {
      const body = Array.from(
        { length: MAX_CLASS_LINES },
        (_, i) => `  m${i}(): number { return ${i}; }`,
      ).join('\n');
      const [big] = findClasses('planted/big.ts', `export class Big {\n${body}\n}\n`);
      expect(violations(big)).toEqual(['lines']);
      const [wide] = findClasses(
        'planted/wide.ts',
        `@Injectable()\nexport class Wide {\n  constructor(a: A, b: B, c: C, d: D, e: E) {}\n}\n`,
      );
      expect(violations(wide)).toEqual(['params']);
      const [resolver] = findClasses(
        'planted/resolver.ts',
        `@Resolver()\nexport class R {\n  constructor(a: A, b: B, c: C, d: D, e: E) {}\n}\n`,
      );
      expect(violations(resolver)).toEqual([]);
      const [fine] = findClasses(
        'planted/fine.ts',
        `@Injectable()\nexport class Fine {\n  constructor(a: A, b: B, c: C, d: D) {}\n}\n`,
      );
      expect(violations(fine)).toEqual([]);
    });
  });
});
