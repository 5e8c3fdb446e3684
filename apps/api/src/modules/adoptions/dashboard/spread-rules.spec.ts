import { AdoptionStage } from '../adoption.enums';
import type { AdoptionFact } from './adoptions-dashboard.repository';
import { countedAdoptions, spreadCounts } from './spread-rules';

const practice = [
  { id: 'a1', icsId: 'here', themeKeys: ['EMPLOYMENT'] },
  { id: 'a2', icsId: 'here', themeKeys: ['WORKFORCE'] },
  { id: 'b1', icsId: 'there', themeKeys: ['EMPLOYMENT'] },
  { id: 'r1', icsId: null, themeKeys: ['ESTATES'] },
];
let n = 0;
const adoption = (
  caseStudyId: string,
  icsId: string | null,
  stage: AdoptionStage,
  declaredAt = '2025-05-01',
): AdoptionFact => ({
  id: `ad${(n += 1)}`,
  caseStudyId,
  organisationId: `org-${icsId}`,
  icsId,
  stage,
  declaredAt: new Date(`${declaredAt}T12:00:00Z`),
});
const facts = [
  adoption('a1', 'there', AdoptionStage.PILOTING),
  adoption('a1', 'third', AdoptionStage.EXPLORING),
  adoption('a2', 'there', AdoptionStage.STOPPED),
  adoption('a2', 'here', AdoptionStage.SUSTAINED),
  adoption('b1', 'here', AdoptionStage.EMBEDDED, '2024-05-01'),
  adoption('r1', 'here', AdoptionStage.PLANNING),
  adoption('r1', null, AdoptionStage.PLANNING),
  adoption('draft', 'here', AdoptionStage.SUSTAINED),
];

describe('spread rules', () => {
  it('should count practice adopted elsewhere once per practice, for the origin ICS, without stopped adoptions', () => {
    const c = spreadCounts(countedAdoptions(practice, facts, { period: null, themeKey: null }));
    expect(c.adoptedElsewhere.get('here')).toBe(1);
    expect(c.adoptedElsewhere.get('there')).toBe(1);
    // a1, b1 and r1 (regional practice adopted in an ICS).
    expect(c.region.adoptedElsewhere).toBe(3);
  });

  it('should count adoptions for the adopter ICS, from elsewhere only, and never of unpublished practice', () => {
    const c = spreadCounts(countedAdoptions(practice, facts, { period: null, themeKey: null }));
    expect(c.adoptedHere.get('here')).toBe(2); // b1 and r1; not its own a2, not the draft
    expect(c.adoptedHere.get('there')).toBe(1); // a1; a2 stopped
    expect(c.declared.get('here')).toBe(3);
    expect(c.region.declared).toBe(7);
  });

  it('should filter by theme and by the declaration date in the period', () => {
    const employment = spreadCounts(
      countedAdoptions(practice, facts, { period: null, themeKey: 'EMPLOYMENT' }),
    );
    expect(employment.region).toEqual({ adoptedElsewhere: 2, adoptedHere: 3, declared: 3 });
    const fy2024 = spreadCounts(
      countedAdoptions(practice, facts, {
        period: { from: new Date('2024-04-01T00:00:00Z'), to: new Date('2025-04-01T00:00:00Z') },
        themeKey: null,
      }),
    );
    expect(fy2024.region).toEqual({ adoptedElsewhere: 1, adoptedHere: 1, declared: 1 });
    expect(fy2024.adoptedHere.get('here')).toBe(1);
  });
});
