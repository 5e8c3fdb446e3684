import type { SignUpOrganisationsQuery } from '@mic/web-data-access';
import type { SelectOptionGroup } from '@mic/web-ui';

type OrganisationOption = SignUpOrganisationsQuery['organisations']['edges'][number]['node'];

const SEVERAL = 'Across several ICSs';
const NONE = 'Regional and national';

/**
 * Groups organisations for the sign-up select: one `<optgroup>` per ICS
 * (by short name), then organisations spanning several ICSs, then the rest.
 * Each organisation appears once.
 */
export function groupOrganisationsByIcs(organisations: OrganisationOption[]): SelectOptionGroup[] {
  const groups = new Map<string, SelectOptionGroup>();
  for (const organisation of organisations) {
    const label =
      organisation.icss.length === 1
        ? (organisation.icss[0]?.shortName ?? NONE)
        : organisation.icss.length > 1
          ? SEVERAL
          : NONE;
    const group = groups.get(label) ?? { label, options: [] };
    group.options.push({ value: organisation.id, text: organisation.name });
    groups.set(label, group);
  }
  const rank = (label: string): number => (label === SEVERAL ? 1 : label === NONE ? 2 : 0);
  return [...groups.values()]
    .map((group) => ({
      ...group,
      options: group.options.sort((a, b) => a.text.localeCompare(b.text, 'en-GB')),
    }))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label, 'en-GB'));
}
