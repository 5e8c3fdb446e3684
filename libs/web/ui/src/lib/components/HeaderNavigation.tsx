import type { ReactElement } from 'react';

export interface HeaderNavigationItem {
  href: string;
  text: string;
  /** Also mark as current for paths under this prefix (default: exact match only). */
  matchPrefix?: boolean;
}

export interface HeaderNavigationProps {
  items: HeaderNavigationItem[];
  /** The path of the page being rendered (for `aria-current`). */
  currentPath: string;
  ariaLabel?: string;
}

function matches(pathname: string, item: HeaderNavigationItem): 'page' | 'true' | undefined {
  if (pathname === item.href) return 'page';
  if (item.matchPrefix && pathname.startsWith(`${item.href}/`)) return 'true';
  return undefined;
}

/** The one item that is current: the most specific match (e.g. "Review queue" over "Case studies"). */
function currentItem(
  pathname: string,
  items: HeaderNavigationItem[],
): HeaderNavigationItem | undefined {
  return items
    .filter((item) => matches(pathname, item))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/**
 * The primary navigation row of the NHS header. A server component: the
 * layout passes the requested path (every navigation is a full page load, the
 * app has no client-side links), so no JavaScript ships for it.
 */
export function HeaderNavigation({
  items,
  currentPath,
  ariaLabel = 'Menu',
}: HeaderNavigationProps): ReactElement {
  const pathname = currentPath || '/';
  const current = currentItem(pathname, items);
  return (
    <nav className="nhsuk-header__navigation" aria-label={ariaLabel}>
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {items.map((item) => {
            const isCurrent = item === current ? matches(pathname, item) : undefined;
            return (
              <li
                key={item.href}
                className={`nhsuk-header__navigation-item${isCurrent ? ' nhsuk-header__navigation-item--current' : ''}`}
              >
                <a
                  className="nhsuk-header__navigation-link"
                  href={item.href}
                  aria-current={isCurrent}
                >
                  {isCurrent ? (
                    <strong className="nhsuk-header__navigation-item-current-fallback">
                      {item.text}
                    </strong>
                  ) : (
                    item.text
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
