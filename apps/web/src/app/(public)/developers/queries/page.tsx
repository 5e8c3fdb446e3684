import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { OperationList } from '../../../../lib/developers/api-reference-view';
import { API_REFERENCE } from '../../../../lib/developers/generated/api-reference';

export const metadata: Metadata = { title: 'API reference: queries' };

/** Every root query of the API, generated from the committed schema, with an anchor each (`#query-name`). */
export default function ApiQueriesPage(): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/developers">API for developers</BackLink>
        <h1 className="nhsuk-heading-xl">Queries</h1>
        <p>Each query reads data. Run them with any token, or none for public data. Types link to their own pages.</p>
        <OperationList kind="query" fields={API_REFERENCE.queries} />
      </div>
    </div>
  );
}
