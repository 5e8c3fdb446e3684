import type { FormError, FormState } from './form-state';

export const accessTokenFields = ['name', 'scope', 'expiresAt'] as const;
export type AccessTokenField = (typeof accessTokenFields)[number];

/** The longest a token may live (as the API allows). */
export const ACCESS_TOKEN_MAX_DAYS = 366;
export const ACCESS_TOKEN_NAME_MAX = 100;

/** What the create form said; `expiresAt` parts are kept to show again. */
export interface AccessTokenFormValues {
  name: string;
  scope: string;
  day: string;
  month: string;
  year: string;
}

/** The new token, shown once after creation (in the action's answer, never in a URL or cookie). */
export interface CreatedAccessToken {
  token: string;
  name: string;
  scope: 'READ' | 'READ_WRITE';
  expiresAt: string | null;
}

export interface AccessTokenFormState extends FormState<AccessTokenField> {
  form?: AccessTokenFormValues;
  created?: CreatedAccessToken;
}

export interface CreateAccessTokenInputValue {
  name: string;
  scope: 'READ' | 'READ_WRITE';
  expiresAt: string | null;
}

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export function readAccessTokenForm(form: FormData): AccessTokenFormValues {
  return {
    name: text(form, 'name').trim().slice(0, 500),
    scope: text(form, 'scope'),
    day: text(form, 'expiresAt-day').trim(),
    month: text(form, 'expiresAt-month').trim(),
    year: text(form, 'expiresAt-year').trim(),
  };
}

const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** YYYY-MM-DD of `date` in London. */
export function londonDate(date: Date): string {
  return londonDay.format(date);
}

/** The last second of a London day (23:59:59 GMT or BST), as a UTC ISO string; null when not a real date. */
export function endOfLondonDay(parts: { day: string; month: string; year: string }): string | null {
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month) || !/^\d{4}$/.test(parts.year)) {
    return null;
  }
  const iso = `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
  const utc = new Date(`${iso}T23:59:59Z`);
  if (Number.isNaN(utc.getTime()) || utc.toISOString().slice(0, 10) !== iso) return null;
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(utc.getTime() - offsetHours * 3_600_000);
    if (londonDate(candidate) === iso && londonTime.format(candidate) === '23:59:59') {
      return candidate.toISOString();
    }
  }
  return utc.toISOString();
}

/** Checks the create form at `now`; the API input, or errors in the order of the fields. */
export function validateAccessTokenForm(
  values: AccessTokenFormValues,
  now: Date,
): { input: CreateAccessTokenInputValue } | { errors: FormError<AccessTokenField>[] } {
  const errors: FormError<AccessTokenField>[] = [];
  if (!values.name) {
    errors.push({ field: 'name', message: 'Enter a name for the token, like "Power BI refresh"' });
  } else if (values.name.length > ACCESS_TOKEN_NAME_MAX) {
    errors.push({ field: 'name', message: `Name must be ${ACCESS_TOKEN_NAME_MAX} characters or fewer` });
  }
  if (values.scope !== 'READ' && values.scope !== 'READ_WRITE') {
    errors.push({ field: 'scope', message: 'Select what the token may do' });
  }
  // A blank date: the token never expires.
  const blank = !values.day && !values.month && !values.year;
  const expiresAt = blank ? null : endOfLondonDay(values);
  if (!blank) {
    const today = londonDate(now);
    const latest = londonDate(new Date(now.getTime() + (ACCESS_TOKEN_MAX_DAYS - 1) * 86_400_000));
    if (!expiresAt) {
      errors.push({ field: 'expiresAt', message: 'Expiry date must be a real date' });
    } else if (londonDate(new Date(expiresAt)) < today || new Date(expiresAt).getTime() <= now.getTime()) {
      errors.push({ field: 'expiresAt', message: 'Expiry date must be today or in the future' });
    } else if (londonDate(new Date(expiresAt)) > latest) {
      errors.push({ field: 'expiresAt', message: 'Expiry date must be within a year from today' });
    }
  }
  if (errors.length) return { errors };
  return {
    input: { name: values.name, scope: values.scope as 'READ' | 'READ_WRITE', expiresAt },
  };
}
