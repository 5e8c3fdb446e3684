/**
 * What a discussions form's server action returns after a refused
 * submission (via `useActionState`): the errors, each against its field when
 * it has one, and what was typed, so the re-shown form keeps it. On success
 * the action redirects instead.
 */
export interface DiscussionFormState {
  errors: Array<{ field?: string; message: string }>;
  /** What was typed, by field name. */
  values: Record<string, string>;
  /** Set on every refused submission, so the error summary re-mounts and takes focus. */
  submittedAt?: number;
}

export function discussionFormState(values: Record<string, string> = {}): DiscussionFormState {
  return { errors: [], values };
}

/** The first error for a field, or (with no field) the first error that names none. */
export function discussionError(state: DiscussionFormState, field?: string): string | null {
  return state.errors.find((e) => e.field === field)?.message ?? null;
}

/** A server action for a discussions form. */
export type DiscussionFormAction = (
  state: DiscussionFormState,
  formData: FormData,
) => Promise<DiscussionFormState>;
