import { ReferenceDataDocument } from '@mic/web-data-access';
import { AdminForm } from '@mic/web-feature-directory';
import type { AdminField } from '@mic/web-feature-directory';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../../lib/apollo/rsc-client';
import { NotAllowed, loadAdmin } from '../../../../../../lib/admin-orgs/admin-access';
import { saveReferenceAction } from '../../../../../../lib/admin-orgs/actions';

export const metadata: Metadata = { title: 'Change reference data' };

const KINDS = {
  themes: { one: 'theme', a: 'a theme' },
  'organisation-types': { one: 'organisation type', a: 'an organisation type' },
} as const;

interface ReferenceEntryPageProps {
  params: Promise<{ kind: string; key: string }>;
}

/** Add (`new`) or change a theme or organisation type: label, description, retired. */
export default async function ReferenceEntryPage({
  params,
}: ReferenceEntryPageProps): Promise<ReactElement> {
  const { kind, key } = await params;
  const admin = await loadAdmin(`/admin/reference-data/${kind}/${key}`, 'regional');
  if (!admin) return <NotAllowed who="regional admins" />;
  if (kind !== 'themes' && kind !== 'organisation-types') notFound();
  const names = KINDS[kind];
  const isNew = key === 'new';
  let entry:
    | { key: string; label: string; description?: string | null; retiredAt?: string | null }
    | undefined;
  if (!isNew) {
    if (!/^[A-Z0-9_]{2,60}$/.test(key)) notFound();
    const { data } = await getClient().query({
      query: ReferenceDataDocument,
      fetchPolicy: 'no-cache',
    });
    entry = (kind === 'themes' ? data?.themes : data?.organisationTypes)?.find(
      (e) => e.key === key,
    );
    if (!entry) notFound();
  }
  const fields: AdminField[] = [
    ...(isNew
      ? [
          {
            kind: 'text' as const,
            name: 'key',
            label: 'Key',
            hint: 'Capital letters, digits and underscores, for example FOOD_POVERTY. It cannot be changed later.',
            width: 20 as const,
          },
        ]
      : []),
    { kind: 'text', name: 'label', label: 'Label', width: 30 },
    {
      kind: 'textarea',
      name: 'description',
      label: 'Description (optional)',
      hint: 'What it covers, for people choosing it.',
    },
    {
      kind: 'checkboxes',
      name: 'retired',
      label: 'Retired',
      hint: 'A retired entry is no longer offered; content that uses it keeps it.',
      options: [{ value: 'true', text: `Retire this ${names.one}` }],
    },
  ];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/admin/reference-data">Reference data</BackLink>
        <h1 className="nhsuk-heading-xl">
          {isNew ? `Add ${names.a}` : `Change ${entry?.label ?? ''}`}
        </h1>
        {entry ? (
          <p>
            Key: <code>{entry.key}</code> (fixed)
          </p>
        ) : null}
        <AdminForm
          action={saveReferenceAction}
          fields={fields}
          hidden={{ kind, isNew: String(isNew), ...(entry ? { key: entry.key } : {}) }}
          initialValues={
            entry
              ? {
                  label: entry.label,
                  description: entry.description ?? '',
                  retired: entry.retiredAt ? ['true'] : [],
                }
              : {}
          }
          submitLabel={isNew ? `Add ${names.one}` : 'Save changes'}
          testId="reference-form"
        />
      </div>
    </div>
  );
}
