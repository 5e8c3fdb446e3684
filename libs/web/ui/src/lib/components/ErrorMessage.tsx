import type { ReactElement } from 'react';

export interface ErrorMessageProps {
  id: string;
  message: string;
}

/** Inline field error (NHS error message). */
export function ErrorMessage({ id, message }: ErrorMessageProps): ReactElement {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {message}
    </span>
  );
}
