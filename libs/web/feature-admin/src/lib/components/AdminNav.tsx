import type { ReactElement } from 'react';

import { ADMIN_SECTIONS } from '../utils/admin-sections';

export interface AdminNavProps {
  /** The current page's path, e.g. `/admin/people/123`: the section it falls under is marked current. */
  current: string;
}

const ITEMS = [{ href: '/admin', title: 'Overview' }, ...ADMIN_SECTIONS];

/** The section of `path` (the longest matching prefix), for `aria-current`. */
export function currentAdminSection(path: string): string {
  const matches = ITEMS.filter((i) => path === i.href || path.startsWith(`${i.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? '/admin';
}

/**
 * The admin sub-navigation: every admin page puts it at its top so admins
 * move between areas without going back to /admin. An NHS contents list.
 */
export function AdminNav({ current }: AdminNavProps): ReactElement {
  const section = currentAdminSection(current);
  return (
    <nav className="nhsuk-contents-list mic-admin-nav" aria-label="Administration">
      <ol className="nhsuk-contents-list__list">
        {ITEMS.map((item) =>
          item.href === section && item.href === current ? (
            <li key={item.href} className="nhsuk-contents-list__item" aria-current="page">
              <span className="nhsuk-contents-list__current">{item.title}</span>
            </li>
          ) : (
            <li
              key={item.href}
              className="nhsuk-contents-list__item"
              aria-current={item.href === section ? 'location' : undefined}
            >
              <a className="nhsuk-contents-list__link" href={item.href}>
                {item.title}
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
