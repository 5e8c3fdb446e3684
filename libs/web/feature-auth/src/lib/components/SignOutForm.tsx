import type { ReactElement } from 'react';

export interface SignOutFormProps {
  /** Server action that ends the session and redirects. */
  action: () => Promise<void>;
  /** `header` renders the NHS header account button; `button` a secondary button. */
  variant?: 'header' | 'button';
}

/** A POST form with a single "Sign out" button (no JavaScript needed). */
export function SignOutForm({ action, variant = 'button' }: SignOutFormProps): ReactElement {
  if (variant === 'header') {
    return (
      <form className="nhsuk-header__account-form" action={action}>
        <button type="submit" className="nhsuk-header__account-button">
          Sign out
        </button>
      </form>
    );
  }
  return (
    <form action={action}>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Sign out
      </button>
    </form>
  );
}
