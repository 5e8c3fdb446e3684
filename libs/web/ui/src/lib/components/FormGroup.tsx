import type { ReactElement, ReactNode } from 'react';

import { ErrorMessage } from './ErrorMessage';
import { describedBy } from '../utils/described-by';

/** The ids of a field's hint and error (`<id>-hint`, `<id>-error`) and the aria-describedby joining them. */
export function fieldIds(
  id: string,
  hint?: ReactNode,
  error?: string,
): { hintId?: string; errorId?: string; describedBy?: string } {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: describedBy(hintId, errorId) };
}

/** NHS form group: red bar when the field has an error. */
export function FormGroup({
  error,
  children,
}: {
  error?: string;
  children: ReactNode;
}): ReactElement {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>{children}</div>
  );
}

/** A field's hint and inline error, in the NHS order (after the label or legend, before the control). */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string;
}): ReactElement {
  const { hintId, errorId } = fieldIds(id, hint, error);
  return (
    <>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
    </>
  );
}

/**
 * A labelled field in the NHS order: form group (red bar on error), label,
 * hint, inline error, then the control (`children`).
 */
export function LabelledField({
  id,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  /** 's' for a bold label; 'l' is used for a label that is the page's h1. */
  labelSize?: 's' | 'l';
  /** Render the label as the page's h1 (single-question pages). */
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}): ReactElement {
  const size = labelSize ?? (labelIsPageHeading ? 'l' : undefined);
  const labelElement = (
    <label className={`nhsuk-label${size ? ` nhsuk-label--${size}` : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <FormGroup error={error}>
      {labelIsPageHeading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </FormGroup>
  );
}
