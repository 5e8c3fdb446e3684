import { RagStatus, ReviewCadence } from './commitment.enums';
import {
  asOfDate,
  commitmentMeasures,
  commitmentsSection,
  standing,
} from './commitments.dashboard';
import type { CommitmentSnapshot } from './commitments.repository';

const snap = (over: Partial<CommitmentSnapshot>): CommitmentSnapshot => ({
  id: 'c1',
  statement: 'A commitment',
  title: null,
  cadence: ReviewCadence.QUARTERLY,
  createdOn: '2024-01-10',
  status: null,
  lastUpdateOn: null,
  organisationIds: ['o1'],
  leadOrganisationId: 'o1',
  ...over,
});

describe('commitments dashboard rules', () => {
  it('should read a past period at its last day and a current one today', () => {
    const now = new Date('2025-08-15T10:00:00Z');
    const past = {
      period: { from: new Date('2024-04-01'), to: new Date('2025-04-01') },
      themeKey: null,
    };
    expect(asOfDate(past, now)).toBe('2025-03-31');
    const current = {
      period: { from: new Date('2025-04-01'), to: new Date('2026-04-01') },
      themeKey: null,
    };
    expect(asOfDate(current, now)).toBe('2025-08-15');
    expect(asOfDate({ period: null, themeKey: null }, now)).toBe('2025-08-15');
  });

  it('should be overdue when the next update fell due before the date, never when complete', () => {
    expect(standing(snap({}), [], '2024-04-10').overdue).toBe(false);
    expect(standing(snap({}), [], '2024-04-11').overdue).toBe(true);
    expect(
      standing(snap({ lastUpdateOn: '2024-04-01', status: RagStatus.RED }), [], '2024-06-30')
        .overdue,
    ).toBe(false);
    expect(
      standing(snap({ lastUpdateOn: '2024-04-01', status: RagStatus.COMPLETE }), [], '2025-06-30')
        .overdue,
    ).toBe(false);
  });

  it('should count a partnership across ICSs once in each ICS and once for the region', () => {
    const standings = [
      standing(
        snap({ id: 'a', status: RagStatus.GREEN, lastUpdateOn: '2024-03-01' }),
        ['QHL', 'QUA'],
        '2024-03-31',
      ),
      standing(
        snap({ id: 'b', status: RagStatus.AMBER, lastUpdateOn: '2024-03-01' }),
        ['QUA'],
        '2024-03-31',
      ),
      standing(snap({ id: 'c', createdOn: '2023-01-01' }), ['QUA'], '2024-03-31'),
    ];
    const [total, onTrack, overdue] = commitmentMeasures(standings, ['QHL', 'QUA', 'QWU']);
    expect(total.key).toBe('commitments.total');
    expect(total.byIcs.get('QHL')?.value).toBe(1);
    expect(total.byIcs.get('QUA')?.value).toBe(3);
    expect(total.byIcs.get('QWU')?.value).toBe(0);
    expect(total.region.value).toBe(3);
    expect(onTrack.byIcs.get('QUA')?.value).toBe(1);
    expect(overdue.region.value).toBe(1);
    expect(total).toMatchObject({
      group: 'COMMITMENTS',
      perPopulation: false,
      figuresPath: '/commitments',
    });
  });

  it('should list the ICS commitments with links to each', () => {
    const s = standing(
      snap({ title: 'Jobs', status: RagStatus.GREEN, lastUpdateOn: '2024-03-01' }),
      ['QUA'],
      '2024-03-31',
    );
    const section = commitmentsSection(
      'QUA',
      [s],
      new Map([['o1', 'Walsall Healthcare NHS Trust']]),
    );
    expect(section.tables[0].rows[0].cells.map((c) => c.text)).toEqual([
      'Jobs',
      'Walsall Healthcare NHS Trust',
      'Green: on track',
      '2024-03-01',
      '2024-06-01',
      'No',
    ]);
    expect(section.tables[0].rows[0].cells[0].href).toBe('/commitments/c1');
  });
});
