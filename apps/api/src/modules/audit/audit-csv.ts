import type { AuditEntryModel } from './graphql/audit.model';

/**
 * CSV with formula-injection protection: a cell starting with =, +, -, @,
 * tab or carriage return gets a leading single quote, so spreadsheet
 * programs treat it as text (OWASP CSV injection guidance).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function auditCsvCell(value: unknown): string {
  const raw =
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : String(value);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const AUDIT_CSV_HEADER = [
  'id',
  'when_utc',
  'actor_id',
  'actor_name',
  'action',
  'action_label',
  'target_type',
  'target_id',
  'summary',
  'request_id',
];

/** The export: one row per entry, newest first, with a byte-order mark for spreadsheet programs. */
export function auditCsv(
  entries: AuditEntryModel[],
  actorNames: ReadonlyMap<string, string>,
): string {
  const rows = entries.map((e) => [
    e.id,
    e.createdAt,
    e.actorId,
    e.actorId ? (actorNames.get(e.actorId) ?? '') : '',
    e.action,
    e.actionLabel,
    e.targetType,
    e.targetId,
    e.summary,
    e.requestId,
  ]);
  return (
    '\uFEFF' +
    [AUDIT_CSV_HEADER, ...rows].map((row) => row.map(auditCsvCell).join(',')).join('\r\n') +
    '\r\n'
  );
}
