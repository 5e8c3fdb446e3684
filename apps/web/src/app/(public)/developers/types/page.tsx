import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { TypeIndex } from '../../../../lib/developers/api-reference-view';
import { API_REFERENCE } from '../../../../lib/developers/generated/api-reference';

export const metadata: Metadata = { title: 'API reference: types' };

/** Every named type of the API, each linking to its own page. */
export default function ApiTypesPage(): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink href="/developers">API for developers</BackLink>
        <h1 className="nhsuk-heading-xl">Types</h1>
        <p>What the API reads and takes. Each type has its own page with its fields and descriptions.</p>
        <TypeIndex types={API_REFERENCE.types} />
      </div>
    </div>
  );
}
