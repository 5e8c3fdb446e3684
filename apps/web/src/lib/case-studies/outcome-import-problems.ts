/**
 * Why an import upload was refused, as a short code in the URL (never the
 * message itself: nothing a link could forge is shown as an error).
 */
export const IMPORT_PROBLEMS = {
  'no-file': 'Select a CSV or XLSX file to upload.',
  type: 'The file must be a CSV or an XLSX file: download the template to start.',
  'too-large': 'The file is too large. Split it into smaller files (up to 5,000 rows each).',
  refused:
    'The file could not be accepted. Check it is a CSV or XLSX file saved from a spreadsheet program.',
  scan: 'The file could not be checked for viruses just now. Try again in a few minutes.',
  forbidden: 'Only the people who edit this case study can import its figures.',
  'forbidden-adoption': 'Only the people who edit this adoption can import its figures.',
  failed: 'Sorry, the file could not be imported. Try again.',
} as const;

export type ImportProblem = keyof typeof IMPORT_PROBLEMS;

export function importProblemMessage(code: string | undefined): string | null {
  return code && code in IMPORT_PROBLEMS ? IMPORT_PROBLEMS[code as ImportProblem] : null;
}

/** The problem for a refused upload (the API's POST /files status). */
export function uploadProblem(status: number): ImportProblem {
  if (status === 413) return 'too-large';
  if (status === 503) return 'scan';
  if (status >= 400 && status < 500) return 'refused';
  return 'failed';
}
