import { Role } from '@mic/shared-util';
import { SignUpOrganisationsDocument, ToolkitEditorOptionsDocument } from '@mic/web-data-access';
import type { SignUpOrganisationsQuery } from '@mic/web-data-access';
import { CreateToolkitForm } from '@mic/web-feature-toolkits';
import { BackLink } from '@mic/web-ui';
import type { SelectOption } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { createToolkitAction } from '../../../../lib/toolkits/actions';

export const metadata: Metadata = { title: 'Create a toolkit' };

/** Every organisation (regional admins may create toolkits for any). */
async function allOrganisations(): Promise<SelectOption[]> {
  const out: SelectOption[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const { data }: { data?: SignUpOrganisationsQuery | undefined } = await getClient().query({
      query: SignUpOrganisationsDocument,
      variables: { first: 100, after },
    });
    if (!data) break;
    out.push(...data.organisations.edges.map((e) => ({ value: e.node.id, text: e.node.name })));
    if (!data.organisations.pageInfo.hasNextPage || !data.organisations.pageInfo.endCursor) break;
    after = data.organisations.pageInfo.endCursor;
  }
  return out.sort((a, b) => a.text.localeCompare(b.text));
}

export default async function NewToolkitPage(): Promise<ReactElement> {
  await requireSession('/toolkits/new');
  const { data } = await getClient().query({ query: ToolkitEditorOptionsDocument });
  const me = data?.me;
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent('/toolkits/new')}`);
  // Mirrors the API's canCreateToolkit: verified members for their own organisation; regional admins for any.
  const regionalAdmin = me.roles.includes(Role.REGIONAL_ADMIN);
  if (!me.verified && !regionalAdmin) {
    return (
      <>
        <BackLink href="/toolkits">Back to toolkits</BackLink>
        <h1>You cannot create a toolkit yet</h1>
        <p>
          Toolkits are published by verified members of the organisation that owns them.{' '}
          {me.organisation
            ? `Your membership of ${me.organisation.name} has not been verified yet.`
            : 'You have not chosen your organisation yet.'}
        </p>
        <p>
          <a href="/account/membership">Find out how to get verified</a>
        </p>
      </>
    );
  }
  const own = me.organisation ? [{ value: me.organisation.id, text: me.organisation.name }] : [];
  const organisations = regionalAdmin
    ? [...own, ...(await allOrganisations()).filter((o) => o.value !== own[0]?.value)]
    : own;
  return (
    <>
      <BackLink href="/toolkits">Back to toolkits</BackLink>
      <CreateToolkitForm
        action={createToolkitAction}
        organisations={organisations}
        themes={data.themes}
      />
    </>
  );
}
