import { z } from 'zod';

/** How many blank question rows the no-JavaScript editor shows. */
export const QUESTION_ROWS = 6;

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** UTC ISO string -> "YYYY-MM-DDTHH:mm" in Europe/London (for datetime-local inputs). */
export function utcToLondonLocal(iso: string): string {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/** "YYYY-MM-DDTHH:mm" as UK clock time -> UTC ISO string (BST and GMT), or null if invalid. */
export function londonLocalToUtc(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // The London offset at that moment (try both candidate offsets around a clock change).
  for (const offsetMinutes of [0, 60]) {
    const candidate = asUtc - offsetMinutes * 60_000;
    if (utcToLondonLocal(new Date(candidate).toISOString()) === local.trim()) return new Date(candidate).toISOString();
  }
  return null;
}

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

export type EditorErrors = Array<{ field?: string; message: string }>;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** Reads the event editor form (no JavaScript needed) into mutation input, or field errors. */
export function readEventForm(form: FormData): { values?: EditorValues; errors: EditorErrors } {
  const errors: EditorErrors = [];
  const title = text(form, 'title');
  if (title.length < 3) errors.push({ field: 'title', message: 'Enter a title of at least 3 characters' });
  const startsAt = londonLocalToUtc(text(form, 'startsAt'));
  if (!startsAt) errors.push({ field: 'startsAt', message: 'Enter the start date and time' });
  const endsAt = londonLocalToUtc(text(form, 'endsAt'));
  if (!endsAt) errors.push({ field: 'endsAt', message: 'Enter the end date and time' });
  if (startsAt && endsAt && endsAt <= startsAt) errors.push({ field: 'endsAt', message: 'The end must be after the start' });
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
      errors.push({ field: name, message: `Enter a whole number of places for ${match[2]}` });
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
  startsAt?: string;
  endsAt?: string;
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
    const ticked = submitted['caseStudyIds'];
    return {
      expectedVersion: field('expectedVersion'),
      title: field('title'),
      description: field('description'),
      startsAt: field('startsAt'),
      endsAt: field('endsAt'),
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
  if (!event) return { offerHours: '48', requiresApproval: false, quotas: {}, caseStudyIds: [], questions: Array.from({ length: rows }, () => ({ type: 'TEXT', required: false, sensitive: false })) };
  return {
    expectedVersion: String(event.version),
    title: event.title,
    description: event.description,
    startsAt: utcToLondonLocal(event.startsAt),
    endsAt: utcToLondonLocal(event.endsAt),
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
