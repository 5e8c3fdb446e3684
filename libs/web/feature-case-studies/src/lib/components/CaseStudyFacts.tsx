import type { ReactNode } from 'react';

/** What the summary lists of a case study (its page and its preview) show for its people. */
export interface CaseStudyPeople {
  targetPopulation: {
    groups: readonly string[];
    imdQuintiles: readonly (string | number)[];
    ageBands: readonly string[];
  };
  partners: ReadonlyArray<{ name: string; role?: string | null }>;
  contact?: { name?: string | null; role?: string | null; email?: string | null } | null;
}

/** The target population, partners and contact rows, the same on the case study's page and in its preview. */
export function peopleRows(cs: CaseStudyPeople): Array<{ key: string; value: ReactNode }> {
  return [
    {
      key: 'Target population',
      value:
        [
          cs.targetPopulation.groups.join(', '),
          cs.targetPopulation.imdQuintiles.length
            ? `IMD quintile ${cs.targetPopulation.imdQuintiles.join(', ')}`
            : '',
          cs.targetPopulation.ageBands.length
            ? `ages ${cs.targetPopulation.ageBands.join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('; ') || 'Not recorded',
    },
    {
      key: 'Partners',
      value: cs.partners.length ? (
        <ul className="nhsuk-list">
          {cs.partners.map((p) => (
            <li key={p.name}>
              {p.name}
              {p.role ? `: ${p.role}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        'None recorded'
      ),
    },
    {
      key: 'Contact',
      value: cs.contact
        ? [cs.contact.name, cs.contact.role, cs.contact.email].filter(Boolean).join(', ')
        : 'Not recorded',
    },
  ];
}

/** The template's written sections in page order, with the headings the case study's page and its preview give them. */
export const TEMPLATE_SECTIONS = [
  { field: 'problem', heading: 'The problem' },
  { field: 'aims', heading: 'Aims' },
  { field: 'approach', heading: 'What was done' },
  { field: 'coreComponents', heading: 'Core components (keep these when you lift it)' },
  { field: 'adaptableParts', heading: 'Adaptable parts' },
  { field: 'resourcesAndCosts', heading: 'Resources and costs' },
  { field: 'keyLearning', heading: 'Key learning' },
] as const;
