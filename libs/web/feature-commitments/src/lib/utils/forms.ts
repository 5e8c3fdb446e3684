/** One error against a form field (or the form). */
export interface FieldError {
  field?: string;
  message: string;
}

/** What a submitted progress-update form said, kept to show again on error. */
export interface UpdateFormValues {
  reportedOn: { day: string; month: string; year: string };
  status: string;
  narrative: string;
  progressValue: string;
  caseStudyIds: string[];
  eventIds: string[];
  /** Outcome figures (measurement ids) cited. */
  measurementIds: string[];
  links: { title: string; url: string }[];
  /** Title for the attached file (default: its name). */
  fileTitle: string;
  /** A file uploaded by an earlier attempt that failed later: kept, so it need not be chosen again. */
  uploadedFile: { id: string; name: string } | null;
}

export interface UpdateFormState {
  errors: FieldError[];
  values?: UpdateFormValues;
  submittedAt?: number;
}

export const LINK_ROWS = 3;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (fd: FormData, name: string): string => {
  const v = fd.get(name);
  return typeof v === 'string' ? v : '';
};

const all = (fd: FormData, name: string): string[] =>
  fd.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');

export function readUpdateForm(fd: FormData): UpdateFormValues {
  return {
    reportedOn: {
      day: text(fd, 'reportedOn-day').trim(),
      month: text(fd, 'reportedOn-month').trim(),
      year: text(fd, 'reportedOn-year').trim(),
    },
    status: text(fd, 'status'),
    narrative: text(fd, 'narrative'),
    progressValue: text(fd, 'progressValue').trim(),
    caseStudyIds: all(fd, 'caseStudyIds').slice(0, 10),
    eventIds: all(fd, 'eventIds').slice(0, 10),
    measurementIds: all(fd, 'measurementIds').slice(0, 10),
    fileTitle: text(fd, 'fileTitle').trim(),
    uploadedFile:
      UUID.test(text(fd, 'uploadedFileId')) && text(fd, 'uploadedFileName')
        ? { id: text(fd, 'uploadedFileId'), name: text(fd, 'uploadedFileName').slice(0, 255) }
        : null,
    links: Array.from({ length: LINK_ROWS }, (_, i) => ({
      title: text(fd, `linkTitle${i}`).trim(),
      url: text(fd, `linkUrl${i}`).trim(),
    })),
  };
}

/** YYYY-MM-DD from day, month and year fields, or null when it is not a real date. */
export function isoFromParts(d: { day: string; month: string; year: string }): string | null {
  if (!/^\d{1,2}$/.test(d.day) || !/^\d{1,2}$/.test(d.month) || !/^\d{4}$/.test(d.year))
    return null;
  const iso = `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Checks a progress-update form; returns the API input, or the errors. */
export function validateUpdateForm(
  commitmentId: string,
  v: UpdateFormValues,
  today: string,
): { input: Record<string, unknown> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const reportedOn = isoFromParts(v.reportedOn);
  if (!v.reportedOn.day && !v.reportedOn.month && !v.reportedOn.year) {
    errors.push({ field: 'reportedOn', message: 'Enter the date of the update' });
  } else if (!reportedOn) {
    errors.push({ field: 'reportedOn', message: 'Date of the update must be a real date' });
  } else if (reportedOn > today) {
    errors.push({
      field: 'reportedOn',
      message: 'Date of the update must be today or in the past',
    });
  }
  if (!['GREEN', 'AMBER', 'RED', 'COMPLETE'].includes(v.status)) {
    errors.push({ field: 'status', message: 'Select a status' });
  }
  const narrative = v.narrative.trim();
  if (narrative.length < 10)
    errors.push({ field: 'narrative', message: 'Describe the progress in at least 10 characters' });
  else if (narrative.length > 4000)
    errors.push({ field: 'narrative', message: 'Description must be 4,000 characters or fewer' });
  let progressValue: number | null = null;
  if (v.progressValue) {
    const n = Number(v.progressValue.replace(/,/g, ''));
    if (!Number.isFinite(n))
      errors.push({ field: 'progressValue', message: 'Progress must be a number, like 120' });
    else progressValue = n;
  }
  const evidence: Record<string, unknown>[] = [
    ...v.caseStudyIds.map((targetId) => ({ kind: 'CASE_STUDY', targetId })),
    ...v.eventIds.map((targetId) => ({ kind: 'EVENT', targetId })),
    ...v.measurementIds.map((targetId) => ({ kind: 'MEASUREMENT', targetId })),
  ];
  if (v.fileTitle.length > 300)
    errors.push({ field: 'fileTitle', message: 'File title must be 300 characters or fewer' });
  v.links.forEach((link, i) => {
    if (!link.title && !link.url) return;
    if (!link.title)
      errors.push({ field: `linkTitle${i}`, message: `Enter a title for link ${i + 1}` });
    if (!/^https?:\/\/\S+$/i.test(link.url)) {
      errors.push({
        field: `linkUrl${i}`,
        message: `Enter the web address of link ${i + 1}, starting with https://`,
      });
    }
    evidence.push({ kind: 'LINK', title: link.title, url: link.url });
  });
  if (errors.length) return { errors };
  return {
    input: { commitmentId, reportedOn, status: v.status, narrative, progressValue, evidence },
  };
}

/** What a submitted new-commitment form said. */
export interface CreateFormValues {
  title: string;
  statement: string;
  organisationIds: string[];
  themeKeys: string[];
  cadence: string;
  metricKey: string;
  targetValue: string;
  targetDate: { day: string; month: string; year: string };
  sourceTitle: string;
  sourceUrl: string;
}

export interface CreateFormState {
  errors: FieldError[];
  values?: CreateFormValues;
  submittedAt?: number;
}

export function readCreateForm(fd: FormData): CreateFormValues {
  return {
    ...readEditForm(fd),
    themeKeys: all(fd, 'themeKeys'),
    metricKey: text(fd, 'metricKey'),
    sourceTitle: text(fd, 'sourceTitle'),
    sourceUrl: text(fd, 'sourceUrl').trim(),
  };
}

/** Checks what is committed to and by whom; returns the trimmed statement. Themes are checked when given (a new commitment). */
function checkParties(v: EditFormValues, errors: FieldError[], themeKeys?: string[]): string {
  const statement = v.statement.trim();
  if (statement.length < 10)
    errors.push({ field: 'statement', message: 'Enter the commitment in at least 10 characters' });
  else if (statement.length > 2000)
    errors.push({ field: 'statement', message: 'Commitment must be 2,000 characters or fewer' });
  if (v.title.trim().length > 200)
    errors.push({ field: 'title', message: 'Title must be 200 characters or fewer' });
  if (!v.organisationIds.length)
    errors.push({ field: 'leadOrganisationId', message: 'Select the lead organisation' });
  if (themeKeys && !themeKeys.length)
    errors.push({ field: 'themeKeys', message: 'Select at least one theme' });
  if (!['MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUAL'].includes(v.cadence))
    errors.push({ field: 'cadence', message: 'Select how often progress will be reported' });
  return statement;
}

/** Checks the target's value (a number) and date (a real one). */
function checkTarget(
  v: EditFormValues,
  errors: FieldError[],
): { targetValue: number | null; targetDate: string | null } {
  const n = Number(v.targetValue.replace(/,/g, ''));
  const valid = Boolean(v.targetValue) && Number.isFinite(n);
  if (!valid)
    errors.push({ field: 'targetValue', message: 'Enter the target as a number, like 450' });
  const targetDate = isoFromParts(v.targetDate);
  if (!targetDate) errors.push({ field: 'targetDate', message: 'Target date must be a real date' });
  return { targetValue: valid ? n : null, targetDate };
}

/** The fields a new and a changed commitment send alike. */
function partiesInput(v: EditFormValues, statement: string): Record<string, unknown> {
  return {
    title: v.title.trim() || null,
    statement,
    organisationIds: v.organisationIds,
    leadOrganisationId: v.organisationIds[0],
  };
}

export function validateCreateForm(
  v: CreateFormValues,
): { input: Record<string, unknown> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const statement = checkParties(v, errors, v.themeKeys);
  const anyTarget =
    v.metricKey || v.targetValue || v.targetDate.day || v.targetDate.month || v.targetDate.year;
  let targetValue: number | null = null;
  let targetDate: string | null = null;
  if (anyTarget) {
    if (!v.metricKey)
      errors.push({ field: 'metricKey', message: 'Select the measure of the target' });
    ({ targetValue, targetDate } = checkTarget(v, errors));
  }
  if (v.sourceUrl && !/^https?:\/\/\S+$/i.test(v.sourceUrl)) {
    errors.push({ field: 'sourceUrl', message: 'Enter a web address starting with https://' });
  }
  if (errors.length) return { errors };
  return {
    input: {
      ...partiesInput(v, statement),
      themeKeys: v.themeKeys,
      cadence: v.cadence,
      metricKey: anyTarget ? v.metricKey : null,
      targetValue: anyTarget ? targetValue : null,
      targetDate: anyTarget ? targetDate : null,
      sourceTitle: v.sourceTitle.trim() || null,
      sourceUrl: v.sourceUrl || null,
    },
  };
}

/** What a submitted edit-commitment form said. */
export interface EditFormValues {
  title: string;
  statement: string;
  organisationIds: string[];
  cadence: string;
  targetValue: string;
  targetDate: { day: string; month: string; year: string };
}

export interface EditFormState {
  errors: FieldError[];
  values?: EditFormValues;
  submittedAt?: number;
}

export function readEditForm(fd: FormData): EditFormValues {
  return {
    title: text(fd, 'title'),
    statement: text(fd, 'statement'),
    organisationIds: [text(fd, 'leadOrganisationId'), ...all(fd, 'partnerIds')].filter(
      (id, i, list) => id !== '' && list.indexOf(id) === i,
    ),
    cadence: text(fd, 'cadence'),
    targetValue: text(fd, 'targetValue').trim(),
    targetDate: {
      day: text(fd, 'targetDate-day').trim(),
      month: text(fd, 'targetDate-month').trim(),
      year: text(fd, 'targetDate-year').trim(),
    },
  };
}

/** Checks an edit-commitment form; the target is checked only when the commitment has one. */
export function validateEditForm(
  commitmentId: string,
  v: EditFormValues,
  hasTarget: boolean,
): { input: Record<string, unknown> } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const statement = checkParties(v, errors);
  const target = hasTarget ? checkTarget(v, errors) : {};
  if (errors.length) return { errors };
  return {
    input: {
      commitmentId,
      ...partiesInput(v, statement),
      cadence: v.cadence,
      ...target,
    },
  };
}
