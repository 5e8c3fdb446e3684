import { REGISTRATION_STATUS_LABELS } from '@mic/shared-util';

import type { EventQuestion } from '../entities/event.entity';
import type { DelegateRow } from './delegates.reader';
import { csvLondonDateTime } from '../events.format';

/**
 * CSV writing with formula-injection protection: a cell starting with
 * =, +, -, @, tab or carriage return is prefixed with a single quote so
 * spreadsheet programs treat it as text (OWASP CSV injection guidance).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: unknown): string {
  const text = neutraliseCell(value === null || value === undefined ? '' : String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The delegate export: each code (ICS, organisation type, status) in a
 * machine-readable column beside its readable label, the live waiting-list
 * place (never the stale stored number), times in UK time, then one column
 * per registration question.
 */
export function delegateCsvRows(questions: EventQuestion[], rows: DelegateRow[]): { header: string[]; body: unknown[][] } {
  const header = [
    'name',
    'email',
    'organisation',
    'ics_code',
    'ics',
    'organisation_type_code',
    'organisation_type',
    'status_code',
    'status',
    'waiting_list_place',
    'checked_in_uk_time',
    'tags',
    'registered_uk_time',
    ...questions.map((q) => q.label),
  ];
  const body = rows.map(({ registration: r, name, email, organisationName, icsName, organisationTypeLabel, waitlistPlace }) => [
    name,
    email,
    organisationName,
    r.icsOdsCode,
    r.icsOdsCode ? (icsName ?? r.icsOdsCode) : '',
    r.organisationTypeKey,
    r.organisationTypeKey ? (organisationTypeLabel ?? r.organisationTypeKey) : '',
    r.status,
    REGISTRATION_STATUS_LABELS[r.status],
    waitlistPlace,
    csvLondonDateTime(r.checkedInAt),
    r.tags.join('; '),
    csvLondonDateTime(r.createdAt),
    ...questions.map((q) => {
      const v = (q.sensitive ? (r.sensitiveAnswers ?? {}) : r.answers)[q.id];
      return Array.isArray(v) ? v.join('; ') : (v ?? '');
    }),
  ]);
  return { header, body };
}
