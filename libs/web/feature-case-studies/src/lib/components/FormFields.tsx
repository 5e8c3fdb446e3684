import type { ReactElement } from 'react';

export interface SubmitButtonProps {
  children: string;
  name?: string;
  value?: string;
  secondary?: boolean;
}

/** A submit button that can carry a name/value (e.g. the intent of a form). */
export function SubmitButton({
  children,
  name,
  value,
  secondary,
}: SubmitButtonProps): ReactElement {
  return (
    <button
      type="submit"
      className={`nhsuk-button${secondary ? ' nhsuk-button--secondary' : ''}`}
      data-module="nhsuk-button"
      name={name}
      value={value}
    >
      {children}
    </button>
  );
}
