import type { ReactElement } from 'react';

export interface FooterLink {
  href: string;
  text: string;
}

export interface FooterProps {
  links: FooterLink[];
  copyright?: string;
}

/** NHS footer with a list of support links (meta) and a copyright line. */
export function Footer({ links, copyright = '© NHS England' }: FooterProps): ReactElement {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {links.map((link) => (
              <li key={link.href} className="nhsuk-footer__list-item">
                <a className="nhsuk-footer__list-item-link" href={link.href}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s">{copyright}</p>
        </div>
      </div>
    </footer>
  );
}
