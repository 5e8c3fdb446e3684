import type { ApiError } from '@mic/web-data-access';

import { plainMessage } from './plain-errors';

/**
 * Form state of the small lifecycle forms (submit for review, finish
 * editing, archive, attach a file): errors go to the NHS error summary
 * (never the URL), and what was typed comes back.
 */
export interface LifecycleFormState {
  errors: Array<{ field?: string; message: string }>;
  values: Record<string, string>;
  /** Set on every failed submission, so the error summary re-mounts and takes focus. */
  submittedAt?: number;
}

export const emptyLifecycleFormState = (): LifecycleFormState => ({ errors: [], values: {} });

export function failedState(
  errors: LifecycleFormState['errors'],
  values: Record<string, string> = {},
): LifecycleFormState {
  return { errors, values, submittedAt: Date.now() };
}

export const LIFECYCLE_MESSAGES = {
  alreadyArchived: 'This case study has already been archived',
  alreadySubmitted: 'This case study has already been submitted for review',
  alreadyPublished: 'This case study has already been published',
  cannotArchive: 'You cannot archive this case study. Only its authors and admins can.',
  chooseFile: 'Choose a file to upload',
} as const;

/** A CONFLICT on archive or submit, said from the status the case study has now. */
export function lifecycleConflictMessage(
  action: 'archive' | 'submit',
  currentStatus: string | null | undefined,
): string {
  if (currentStatus === 'ARCHIVED') return LIFECYCLE_MESSAGES.alreadyArchived;
  if (action === 'submit' && currentStatus === 'SUBMITTED')
    return LIFECYCLE_MESSAGES.alreadySubmitted;
  if (action === 'submit' && currentStatus === 'PUBLISHED')
    return LIFECYCLE_MESSAGES.alreadyPublished;
  return 'The case study changed since you opened this page. Go back to it and try again.';
}

/** API errors as plain messages for the summary (CONFLICT explained from the current status). */
export function lifecycleErrorsFromApi(
  action: 'archive' | 'submit' | 'other',
  apiErrors: readonly ApiError[],
  currentStatus?: string | null,
): LifecycleFormState['errors'] {
  const messages = apiErrors.map((error) =>
    error.code === 'CONFLICT' && action !== 'other'
      ? lifecycleConflictMessage(action, currentStatus)
      : error.code === 'FORBIDDEN' && action === 'archive'
        ? LIFECYCLE_MESSAGES.cannotArchive
        : plainMessage(error),
  );
  const unique = [...new Set(messages)];
  return (unique.length ? unique : ['Something went wrong. Try again later.']).map((message) => ({
    message,
  }));
}
