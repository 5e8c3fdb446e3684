import type { ReactElement, ReactNode } from 'react';

export interface ButtonProps {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary' | 'reverse' | 'warning';
  small?: boolean;
  /** Render as a link styled as a button. */
  href?: string;
  /** Sent with the form when this button submits it (e.g. which of two buttons was pressed). */
  name?: string;
  value?: string;
}

/** NHS button (or link styled as a button). */
export function Button({
  children,
  type = 'submit',
  variant = 'primary',
  small,
  href,
  name,
  value,
}: ButtonProps): ReactElement {
  const className = [
    'nhsuk-button',
    variant !== 'primary' ? `nhsuk-button--${variant}` : '',
    small ? 'nhsuk-button--small' : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (href) {
    return (
      <a href={href} draggable="false" className={className}>
        {children}
      </a>
    );
  }
  return (
    <button type={type} className={className} name={name} value={value}>
      {children}
    </button>
  );
}
