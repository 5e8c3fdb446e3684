import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { OperationList } from '../../../../lib/developers/api-reference-view';
import { API_REFERENCE } from '../../../../lib/developers/generated/api-reference';

export const metadata: Metadata = { title: 'API reference: mutations' };

/** Every root mutation of the API, generated from the committed schema, with an anchor each (`#mutation-name`). */
export default function ApiMutationsPage(): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/developers">API for developers</BackLink>
        <h1 className="nhsuk-heading-xl">Mutations</h1>
        <p>Each mutation makes a change as you. A read-only (READ) token cannot run any of them: FORBIDDEN. Types link to their own pages.</p>
        <OperationList kind="mutation" fields={API_REFERENCE.mutations} />
      </div>
    </div>
  );
}
