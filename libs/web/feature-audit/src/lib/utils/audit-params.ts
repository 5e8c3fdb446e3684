export const AUDIT_PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[a-z][a-z0-9_.]{0,79}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,40}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter form's fields, as typed (kept to show them again). */
export interface AuditParams {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
  after?: string;
  before?: string;
}

export interface AuditParamError {
  field: keyof AuditParams;
  message: string;
}

const one = (v: string | string[] | undefined): string =>
  (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

function realDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Reads the query string. Values are kept as typed; each malformed one gets an
 * error (shown in the NHS error summary) and is left out of the API filter.
 */
export function parseAuditParams(raw: Record<string, string | string[] | undefined>): {
  params: AuditParams;
  errors: AuditParamError[];
} {
  const params: AuditParams = {
    actor: one(raw['actor']).slice(0, 80),
    action: one(raw['action']).slice(0, 80),
    targetType: one(raw['targetType']).slice(0, 60),
    targetId: one(raw['targetId']).slice(0, 80),
    from: one(raw['from']).slice(0, 20),
    to: one(raw['to']).slice(0, 20),
  };
  const after = one(raw['after']);
  const before = one(raw['before']);
  if (CURSOR.test(after)) params.after = after;
  else if (CURSOR.test(before)) params.before = before;
  const errors: AuditParamError[] = [];
  if (params.actor && !UUID.test(params.actor)) {
    errors.push({
      field: 'actor',
      message: 'Enter the person’s id, for example 6f1c…-…, as shown in their profile address',
    });
  }
  if (params.action && !TOKEN.test(params.action))
    errors.push({ field: 'action', message: 'Choose an action from the list' });
  if (params.targetType && !TOKEN.test(params.targetType)) {
    errors.push({
      field: 'targetType',
      message: 'Enter a target type such as user, event or case_study',
    });
  }
  if (params.from && !realDate(params.from))
    errors.push({ field: 'from', message: 'Enter a real “from” date, for example 2026-12-01' });
  if (params.to && !realDate(params.to))
    errors.push({ field: 'to', message: 'Enter a real “to” date, for example 2026-12-31' });
  if (
    !errors.some((e) => e.field === 'from' || e.field === 'to') &&
    params.from &&
    params.to &&
    params.from > params.to
  ) {
    errors.push({
      field: 'to',
      message: 'The “to” date must be the same as or after the “from” date',
    });
  }
  return { params, errors };
}

/** The API filter: only the well-formed fields. */
export function auditFilter(params: AuditParams, errors: AuditParamError[]) {
  const ok = (field: keyof AuditParams, value: string) =>
    value && !errors.some((e) => e.field === field) ? value : null;
  return {
    actorId: ok('actor', params.actor),
    action: ok('action', params.action),
    targetType: ok('targetType', params.targetType),
    targetId: ok('targetId', params.targetId),
    from: ok('from', params.from),
    to: ok('to', params.to),
  };
}

function query(
  params: AuditParams,
  names: Record<'actor' | 'action' | 'targetType' | 'targetId' | 'from' | 'to', string>,
): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const) {
    if (params[key]) q.set(names[key], params[key]);
  }
  return q;
}

const PAGE_NAMES = {
  actor: 'actor',
  action: 'action',
  targetType: 'targetType',
  targetId: 'targetId',
  from: 'from',
  to: 'to',
};

/** The page URL for these filters and, optionally, a cursor (`after` for older entries, `before` for newer). */
export function auditHref(
  params: AuditParams,
  cursor?: { after?: string | null; before?: string | null },
): string {
  const q = query(params, PAGE_NAMES);
  if (cursor?.after) q.set('after', cursor.after);
  else if (cursor?.before) q.set('before', cursor.before);
  const s = q.toString();
  return s ? `/admin/audit?${s}` : '/admin/audit';
}

/** The CSV download for the same filters (the API's names: actorId, not actor). */
export function auditCsvHref(params: AuditParams): string {
  const q = query(params, { ...PAGE_NAMES, actor: 'actorId' });
  const s = q.toString();
  return s ? `/admin/audit/export.csv?${s}` : '/admin/audit/export.csv';
}

/** The API path of the export for a request to the web route (only the known filter names pass). */
export function auditExportApiPath(search: URLSearchParams): string {
  const q = new URLSearchParams();
  for (const key of ['actorId', 'action', 'targetType', 'targetId', 'from', 'to']) {
    const value = search.get(key);
    if (value) q.set(key, value.slice(0, 80));
  }
  const s = q.toString();
  return s ? `/audit/export.csv?${s}` : '/audit/export.csv';
}

/** "6 Dec 2026, 14:05" in UK time. */
export function formatAuditTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  }).format(new Date(iso));
}
