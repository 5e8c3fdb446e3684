import type { AdminField } from '@mic/web-feature-directory';

/** The organisation form's fields, with the ICSs and types to choose from. */
export function organisationFields(options: {
  icss: ReadonlyArray<{ odsCode: string; shortName: string }>;
  organisationTypes: ReadonlyArray<{ key: string; label: string }>;
}): AdminField[] {
  return [
    {
      kind: 'text',
      name: 'name',
      label: 'Name',
      hint: 'The full name, as the organisation writes it.',
    },
    {
      kind: 'select',
      name: 'type',
      label: 'Type of organisation',
      options: options.organisationTypes.map((t) => ({ value: t.key, text: t.label })),
    },
    {
      kind: 'checkboxes',
      name: 'icsOdsCodes',
      label: 'ICSs it belongs to',
      hint: 'Select all that apply.',
      options: options.icss.map((i) => ({ value: i.odsCode, text: i.shortName })),
    },
    {
      kind: 'text',
      name: 'placeNames',
      label: 'Places it serves (optional)',
      hint: 'Council areas within those ICSs, separated by commas, for example: Walsall, Dudley.',
      width: 30,
    },
    {
      kind: 'text',
      name: 'emailDomains',
      label: 'Staff email domains (optional)',
      hint: 'A confirmed address on one of these verifies membership. Separate them with commas, for example: walsall.gov.uk',
      width: 30,
    },
    {
      kind: 'text',
      name: 'website',
      label: 'Website (optional)',
      hint: 'For example, https://www.example.org',
      width: 30,
    },
    { kind: 'textarea', name: 'description', label: 'Short description (optional)' },
  ];
}
