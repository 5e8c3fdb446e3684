import type { MyAccessTokensQuery } from '@mic/web-data-access';
import { Button, Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDate } from '../utils/dates';

export type AccessTokenItem = MyAccessTokensQuery['myAccessTokens'][number];

export interface AccessTokenListProps {
  tokens: AccessTokenItem[];
  /** Server action: revokes the token named by the form's `id` field. */
  revokeAction: (formData: FormData) => Promise<void>;
}

export const SCOPE_LABEL: Record<AccessTokenItem['scope'], string> = {
  READ: 'Read only',
  READ_WRITE: 'Read and write',
};

/** Your tokens with scope, last use and expiry, each with a revoke button (a plain POST form). */
export function AccessTokenList({ tokens, revokeAction }: AccessTokenListProps): ReactElement {
  if (!tokens.length) {
    return <p>You have no access tokens.</p>;
  }
  return (
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Your access tokens</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">Name</th>
          <th role="columnheader" scope="col">Can</th>
          <th role="columnheader" scope="col">Last used</th>
          <th role="columnheader" scope="col">Expires</th>
          <th role="columnheader" scope="col"><span className="nhsuk-u-visually-hidden">Action</span></th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {tokens.map((token) => (
          <tr role="row" className="nhsuk-table__row" key={token.id}>
            <td role="cell" className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Name </span>
              {token.name}
              <br />
              <span className="nhsuk-body-s">Created {formatDate(token.createdAt)}</span>
            </td>
            <td role="cell" className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Can </span>
              {SCOPE_LABEL[token.scope]}
            </td>
            <td role="cell" className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Last used </span>
              {token.lastUsedAt ? formatDate(token.lastUsedAt) : 'Never used'}
            </td>
            <td role="cell" className="nhsuk-table__cell">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">Expires </span>
              {token.expired ? <Tag colour="grey">Expired</Tag> : null}{' '}
              {token.expiresAt ? formatDate(token.expiresAt) : 'Never'}
            </td>
            <td role="cell" className="nhsuk-table__cell">
              <form action={revokeAction}>
                <input type="hidden" name="id" value={token.id} />
                <Button variant="secondary" small>
                  Revoke<span className="nhsuk-u-visually-hidden"> {token.name}</span>
                </Button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
