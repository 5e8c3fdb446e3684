import { describe, expect, it } from '@jest/globals';

import { defaultIcsCode, editorErrorsFromApi, placesForIcs, validatePlace } from './editor-steps';

const icss = [
  { odsCode: 'QUA', shortName: 'Black Country', places: [{ name: 'Walsall' }, { name: 'Dudley' }] },
  {
    odsCode: 'QHL',
    shortName: 'Birmingham and Solihull',
    places: [{ name: 'Birmingham' }, { name: 'Solihull' }],
  },
  { odsCode: 'QXX', shortName: 'Nowhere', places: [] },
];

describe('editor places', () => {
  it('should start from the saved ICS, else the organisation’s first by ODS code', () => {
    expect(defaultIcsCode('QHL', [{ odsCode: 'QUA' }])).toBe('QHL');
    expect(defaultIcsCode('', [{ odsCode: 'QWU' }, { odsCode: 'QUA' }])).toBe('QUA');
    expect(defaultIcsCode(null, null)).toBe('');
  });

  it('should offer only the chosen ICS’s places', () => {
    expect(placesForIcs(icss, 'QUA')).toEqual(['Walsall', 'Dudley']);
    expect(placesForIcs(icss, 'QHL')).toEqual(['Birmingham', 'Solihull']);
    expect(placesForIcs(icss, '')).toEqual([]);
  });

  it('should accept a place in the chosen ICS, or none', () => {
    expect(validatePlace({ icsOdsCode: 'QUA', placeName: 'walsall' }, icss, '')).toEqual([]);
    expect(validatePlace({ icsOdsCode: 'QHL', placeName: '' }, icss, '')).toEqual([]);
    // No ICS chosen: the organisation's ICS.
    expect(validatePlace({ icsOdsCode: '', placeName: 'Dudley' }, icss, 'QUA')).toEqual([]);
  });

  it('should reject a place left over from another ICS with a clear field error', () => {
    expect(validatePlace({ icsOdsCode: 'QHL', placeName: 'Walsall' }, icss, 'QUA')).toEqual([
      {
        field: 'placeName',
        message:
          'Walsall is not in Birmingham and Solihull. Choose a place in Birmingham and Solihull, or Across the ICS',
      },
    ]);
    expect(validatePlace({ icsOdsCode: 'QXX', placeName: 'Walsall' }, icss, '')[0]?.message).toBe(
      'Nowhere has no places listed. Choose Across the ICS',
    );
    expect(validatePlace({ icsOdsCode: '', placeName: 'Walsall' }, icss, '')).toEqual([
      { field: 'icsOdsCode', message: 'Select the ICS the place is in' },
    ]);
  });

  it('should map the API’s place error to the field and hide technical text', () => {
    expect(
      editorErrorsFromApi(1, [
        {
          code: 'BAD_USER_INPUT',
          field: 'placeName',
          message: 'That place is not in the chosen ICS.',
        },
        { code: 'BAD_USER_INPUT', message: 'Variable "$input" got invalid value "x"' },
      ]),
    ).toEqual([
      { field: 'placeName', message: 'That place is not in the chosen ICS.' },
      { message: 'Something went wrong. Try again later.' },
    ]);
  });
});
