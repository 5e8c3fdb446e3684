import type { DateInputValue } from '@mic/web-ui';
import { z } from 'zod';

import type { DateTimePart } from './date-time-input';
import { readDateTimeInput, utcToDateInputValue } from './date-time-input';

/** How many blank question rows the no-JavaScript editor shows. */
export const QUESTION_ROWS = 6;

export { londonLocalToUtc, utcToLondonLocal } from './date-time-input';

export type QuestionTypeValue = 'TEXT' | 'CHOICE' | 'MULTI_CHOICE' | 'YES_NO';

export interface EditorQuestion {
  id?: string;
  label: string;
  type: QuestionTypeValue;
  required: boolean;
  sensitive: boolean;
  options: string[];
}

export interface EditorValues {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  /** When registration closes (null: when the event starts). */
  registrationClosesAt: string | null;
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
  capacity: number;
  requiresApproval: boolean;
  offerHours: number;
  quotas: { kind: 'ICS' | 'ORGANISATION_TYPE'; key: string; places: number }[];
  questions: EditorQuestion[];
  /** Case studies shown at the event (delegates can say they are interested in adopting them). */
  caseStudyIds: string[];
}

/** Form errors; a date input's error says which of its boxes are wrong (the summary links to the first). */
export type EditorErrors = Array<{ field?: string; message: string; parts?: DateTimePart[] }>;

/** The editor's date-and-time fields (NHS date input with a time box): the form names their parts `<id>-day` etc. */
export const EDITOR_DATE_FIELDS = ['startsAt', 'endsAt', 'registrationClosesAt'] as const;
export type EditorDateField = (typeof EDITOR_DATE_FIELDS)[number];

/** The element an error summary link goes to: the first box in error of a date input, else the field. */
export function editorErrorTarget(error: EditorErrors[number]): string | undefined {
  if (!error.field) return undefined;
  return error.parts?.length ? `${error.field}-${error.parts[0]}` : error.field;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * Reads the event editor form (no JavaScript needed) into mutation input, or
 * field errors. `labels` names quota keys in messages (`ICS:QUA` → "Black Country").
 */
export function readEventForm(form: FormData, labels: Record<string, string> = {}): { values?: EditorValues; errors: EditorErrors } {
  const errors: EditorErrors = [];
  const title = text(form, 'title');
  if (title.length < 3) errors.push({ field: 'title', message: 'Enter a title of at least 3 characters' });
  const dateError = (field: EditorDateField, reading: ReturnType<typeof readDateTimeInput>) => {
    if (reading.error) errors.push({ field, message: reading.error.message, parts: reading.error.parts });
  };
  const starts = readDateTimeInput(form, 'startsAt', { date: 'Start date', time: 'Start time', missing: 'Enter the date and time the event starts' }, true);
  dateError('startsAt', starts);
  const ends = readDateTimeInput(form, 'endsAt', { date: 'End date', time: 'End time', missing: 'Enter the date and time the event ends' }, true);
  dateError('endsAt', ends);
  const startsAt = starts.iso;
  const endsAt = ends.iso;
  if (startsAt && endsAt && endsAt <= startsAt) errors.push({ field: 'endsAt', message: 'End must be after the start', parts: ['day', 'month', 'year', 'time'] });
  const closes = readDateTimeInput(
    form,
    'registrationClosesAt',
    { date: 'Registration deadline', time: 'Registration deadline time', missing: 'Enter the registration deadline' },
    false,
  );
  dateError('registrationClosesAt', closes);
  if (startsAt && closes.iso && closes.iso > startsAt) {
    errors.push({ field: 'registrationClosesAt', message: 'Registration deadline must be before the event starts', parts: ['day', 'month', 'year', 'time'] });
  }
  const capacity = Number(text(form, 'capacity'));
  if (!Number.isInteger(capacity) || capacity < 1) errors.push({ field: 'capacity', message: 'Enter the number of places, 1 or more' });
  const onlineUrl = text(form, 'onlineUrl') || null;
  if (onlineUrl && !z.url({ protocol: /^https$/ }).safeParse(onlineUrl).success) {
    errors.push({ field: 'onlineUrl', message: 'Enter an online link starting with https://' });
  }
  const offerHours = Number(text(form, 'offerHours') || '48');
  if (!Number.isInteger(offerHours) || offerHours < 1 || offerHours > 720) {
    errors.push({ field: 'offerHours', message: 'Enter how many hours an offer stays open (1 to 720)' });
  }
  const quotas: EditorValues['quotas'] = [];
  for (const [name, value] of form.entries()) {
    const match = /^quota-(ICS|ORGANISATION_TYPE)-([A-Z0-9_]{2,60})$/.exec(name);
    if (!match || String(value).trim() === '') continue;
    const places = Number(value);
    if (!Number.isInteger(places) || places < 0) {
      errors.push({ field: name, message: `Guaranteed places for ${labels[`${match[1]}:${match[2]}`] ?? match[2]} must be a whole number, like 5` });
      continue;
    }
    if (places > 0) quotas.push({ kind: match[1] as 'ICS' | 'ORGANISATION_TYPE', key: match[2], places });
  }
  const questions: EditorQuestion[] = [];
  // Every row the form has: an event with more questions than QUESTION_ROWS renders more rows.
  for (let i = 0; i < QUESTION_ROWS || form.has(`question-${i}-label`); i += 1) {
    const label = text(form, `question-${i}-label`);
    if (!label) continue;
    const type = text(form, `question-${i}-type`) as QuestionTypeValue;
    const options = text(form, `question-${i}-options`).split(',').map((o) => o.trim()).filter(Boolean);
    if ((type === 'CHOICE' || type === 'MULTI_CHOICE') && options.length < 2) {
      errors.push({ field: `question-${i}-options`, message: `Give at least two options, separated by commas, for "${label}"` });
    }
    questions.push({
      id: text(form, `question-${i}-id`) || undefined,
      label,
      type: ['TEXT', 'CHOICE', 'MULTI_CHOICE', 'YES_NO'].includes(type) ? type : 'TEXT',
      required: form.get(`question-${i}-required`) === 'yes',
      sensitive: form.get(`question-${i}-sensitive`) === 'yes',
      options: type === 'CHOICE' || type === 'MULTI_CHOICE' ? options : [],
    });
  }
  if (errors.length || !startsAt || !endsAt) return { errors };
  return {
    errors,
    values: {
      title,
      description: text(form, 'description'),
      startsAt,
      endsAt,
      registrationClosesAt: closes.iso,
      venueName: text(form, 'venueName') || null,
      venueAddress: text(form, 'venueAddress') || null,
      onlineUrl,
      capacity,
      requiresApproval: form.get('requiresApproval') === 'yes',
      offerHours,
      quotas,
      questions,
      // Every ticked link is kept (no cap: a cap silently dropped links past it).
      caseStudyIds: [
        ...new Set(
          form
            .getAll('caseStudyIds')
            .map(String)
            .filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)),
        ),
      ],
    },
  };
}

/** The editor form as submitted (name → value, or values for a repeated name), shown again after an error. */
export type EditorFormValues = Record<string, string | string[]>;

/**
 * What was submitted, to show again so nothing typed is lost after an error
 * (a conflict or a validation error). Leaves out framework fields (`$…`) and
 * which button was pressed.
 */
export function editorFormValues(form: FormData): EditorFormValues {
  const values: EditorFormValues = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || name.startsWith('$') || name === 'then') continue;
    const previous = values[name];
    if (previous === undefined) values[name] = value;
    else values[name] = [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return values;
}

/** The event version the editor was opened at (hidden field `expectedVersion`), or undefined. */
export function readExpectedVersion(form: FormData): number | undefined {
  const raw = String(form.get('expectedVersion') ?? '').trim();
  const version = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(version) && version >= 1 ? version : undefined;
}

/** The parts of a loaded event the editor fills its fields from. */
export interface EditorEvent {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  registrationClosesAt?: string | null;
  venueName?: string | null;
  venueAddress?: string | null;
  onlineUrl?: string | null;
  capacity: number;
  offerHours: number;
  requiresApproval: boolean;
  version: number;
  caseStudyIds: string[];
  quotas: { kind: string; key: string; places: number }[];
  questions: { id: string; label: string; type: string; required: boolean; sensitive: boolean; options: string[] }[];
}

export interface EditorQuestionDefaults {
  id?: string;
  label?: string;
  type: string;
  options?: string;
  required: boolean;
  sensitive: boolean;
}

/** Every editor field's starting value. */
export interface EditorDefaults {
  /** The version the edit started from; kept across errors so a save after a conflict conflicts again until reloaded. */
  expectedVersion?: string;
  title?: string;
  description?: string;
  /** The date inputs' parts, in UK clock time. */
  startsAt: DateInputValue;
  endsAt: DateInputValue;
  registrationClosesAt: DateInputValue;
  venueName?: string;
  venueAddress?: string;
  onlineUrl?: string;
  capacity?: string;
  offerHours: string;
  requiresApproval: boolean;
  /** By field name (`quota-ICS-QHL`). */
  quotas: Record<string, string>;
  /** The linked case studies left ticked. */
  caseStudyIds: string[];
  questions: EditorQuestionDefaults[];
}

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: string | null | undefined): string | undefined => (v === null || v === undefined || v === '' ? undefined : v);

/**
 * The editor's field values: what was submitted when the form comes back
 * after an error (so nothing typed is lost), else the event being edited,
 * else a new event's defaults.
 */
export function editorDefaults(event: EditorEvent | undefined, submitted: EditorFormValues | undefined): EditorDefaults {
  // Every existing question plus at least two blank rows to add more (the API takes up to 40).
  const rows = Math.min(40, Math.max(QUESTION_ROWS, (event?.questions.length ?? 0) + 2));
  if (submitted) {
    const quotas: Record<string, string> = {};
    for (const [name, value] of Object.entries(submitted)) {
      if (name.startsWith('quota-')) quotas[name] = one(value) ?? '';
    }
    const field = (name: string) => one(submitted[name]);
    const dateField = (name: EditorDateField): DateInputValue => ({
      day: field(`${name}-day`),
      month: field(`${name}-month`),
      year: field(`${name}-year`),
      time: field(`${name}-time`),
    });
    const ticked = submitted['caseStudyIds'];
    return {
      expectedVersion: field('expectedVersion'),
      title: field('title'),
      description: field('description'),
      startsAt: dateField('startsAt'),
      endsAt: dateField('endsAt'),
      registrationClosesAt: dateField('registrationClosesAt'),
      venueName: field('venueName'),
      venueAddress: field('venueAddress'),
      onlineUrl: field('onlineUrl'),
      capacity: field('capacity'),
      offerHours: field('offerHours') ?? '',
      requiresApproval: field('requiresApproval') === 'yes',
      quotas,
      caseStudyIds: ticked === undefined ? [] : Array.isArray(ticked) ? ticked : [ticked],
      questions: Array.from({ length: rows }, (_, i) => ({
        id: blankToUndefined(field(`question-${i}-id`)),
        label: field(`question-${i}-label`),
        type: field(`question-${i}-type`) ?? 'TEXT',
        options: field(`question-${i}-options`),
        required: field(`question-${i}-required`) === 'yes',
        sensitive: field(`question-${i}-sensitive`) === 'yes',
      })),
    };
  }
  if (!event) return { startsAt: {}, endsAt: {}, registrationClosesAt: {}, offerHours: '48', requiresApproval: false, quotas: {}, caseStudyIds: [], questions: Array.from({ length: rows }, () => ({ type: 'TEXT', required: false, sensitive: false })) };
  return {
    expectedVersion: String(event.version),
    title: event.title,
    description: event.description,
    startsAt: utcToDateInputValue(event.startsAt),
    endsAt: utcToDateInputValue(event.endsAt),
    registrationClosesAt: utcToDateInputValue(event.registrationClosesAt),
    venueName: blankToUndefined(event.venueName),
    venueAddress: blankToUndefined(event.venueAddress),
    onlineUrl: blankToUndefined(event.onlineUrl),
    capacity: String(event.capacity),
    offerHours: String(event.offerHours),
    requiresApproval: event.requiresApproval,
    quotas: Object.fromEntries(event.quotas.map((q) => [`quota-${q.kind}-${q.key}`, String(q.places)])),
    caseStudyIds: [...event.caseStudyIds],
    questions: Array.from({ length: rows }, (_, i) => {
      const q = event.questions[i];
      if (!q) return { type: 'TEXT', required: false, sensitive: false };
      return {
        id: q.id,
        label: q.label,
        type: q.type,
        options: q.type === 'CHOICE' || q.type === 'MULTI_CHOICE' ? q.options.join(', ') : undefined,
        required: q.required,
        sensitive: q.sensitive,
      };
    }),
  };
}
