import type { ReactElement, ReactNode } from 'react';

export interface ButtonProps {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary' | 'reverse' | 'warning';
  small?: boolean;
  /** Render as a link styled as a button. */
  href?: string;
}

/** NHS button (or link styled as a button). */
export function Button({
  children,
  type = 'submit',
  variant = 'primary',
  small,
  href,
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
    <button type={type} className={className}>
      {children}
    </button>
  );
}
