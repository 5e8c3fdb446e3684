import { Card } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { ADMIN_SECTIONS } from '../utils/admin-sections';

/** The /admin cards, one per admin area. */
export function AdminLanding(): ReactElement {
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {ADMIN_SECTIONS.map((section) => (
        <li key={section.href} className="nhsuk-grid-column-one-half nhsuk-card-group__item">
          <Card heading={section.title} href={section.href} description={section.description} />
        </li>
      ))}
    </ul>
  );
}
