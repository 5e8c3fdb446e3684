import { describe, expect, it } from '@jest/globals';

import { groupOrganisationsByIcs } from './organisation-options';

describe('groupOrganisationsByIcs', () => {
  it('should group by ICS, then several ICSs, then region-wide, each organisation once', () => {
    const groups = groupOrganisationsByIcs([
      { id: '1', name: 'Walsall College', icss: [{ odsCode: 'QUA', shortName: 'Black Country' }] },
      {
        id: '2',
        name: 'Aston University',
        icss: [{ odsCode: 'QHL', shortName: 'Birmingham and Solihull' }],
      },
      { id: '3', name: 'Midlands Engine', icss: [] },
      {
        id: '4',
        name: 'A Network',
        icss: [
          { odsCode: 'QUA', shortName: 'Black Country' },
          { odsCode: 'QHL', shortName: 'Birmingham and Solihull' },
        ],
      },
      { id: '5', name: 'Dudley College', icss: [{ odsCode: 'QUA', shortName: 'Black Country' }] },
    ]);
    expect(groups.map((group) => group.label)).toEqual([
      'Birmingham and Solihull',
      'Black Country',
      'Across several ICSs',
      'Regional and national',
    ]);
    expect(groups[1]?.options.map((option) => option.text)).toEqual([
      'Dudley College',
      'Walsall College',
    ]);
  });
});
