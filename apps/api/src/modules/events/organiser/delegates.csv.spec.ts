import { csvCell, delegateCsvRows, neutraliseCell, toCsv } from './delegates.csv';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';

describe('delegates.csv', () => {
  it('should neutralise cells that a spreadsheet would read as formulas', () => {
    for (const bad of ['=1+1', '+44', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseCell(bad).startsWith("'")).toBe(true);
    }
    expect(neutraliseCell('Alice')).toBe('Alice');
  });

  it('should quote cells with commas, quotes and newlines', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(toCsv(['a', 'b'], [['x,y', null]])).toBe('a,b\r\n"x,y",\r\n');
  });
});

describe('delegateCsvRows', () => {
  const registration = (over: Partial<RegistrationEntity>): RegistrationEntity =>
    Object.assign(new RegistrationEntity(), {
      id: 'r1',
      eventId: 'e1',
      userId: 'u1',
      status: RegistrationStatus.CONFIRMED,
      icsOdsCode: 'QUA',
      organisationTypeKey: 'NHS_TRUST',
      waitlistPosition: null,
      answers: { role: 'Nurse' },
      sensitiveAnswers: { diet: 'Halal' },
      tags: ['speaker', 'VIP'],
      checkedInAt: new Date('2031-06-10T08:14:00Z'),
      createdAt: new Date('2031-01-05T16:00:00Z'),
      ...over,
    });
  const questions = [
    { id: 'role', label: 'Role', type: 'TEXT' as const, required: false, sensitive: false, options: [] },
    { id: 'diet', label: 'Dietary needs', type: 'TEXT' as const, required: false, sensitive: true, options: [] },
  ];

  it('should put each code beside its readable label, with UK times and the live waiting-list place', () => {
    const { header, body } = delegateCsvRows(questions, [
      { registration: registration({}), name: 'Jane Smith', email: 'jane@example.org', organisationName: 'Walsall Healthcare', icsName: 'Black Country', organisationTypeLabel: 'NHS trust', waitlistPlace: null },
      {
        registration: registration({ id: 'r2', status: RegistrationStatus.WAITLISTED, waitlistPosition: 7, checkedInAt: null, icsOdsCode: null, organisationTypeKey: null, tags: [] }),
        name: 'Sam Lee',
        email: 'sam@example.org',
        organisationName: 'Healthwatch',
        icsName: null,
        organisationTypeLabel: null,
        waitlistPlace: 2,
      },
    ]);
    expect(header.slice(0, 13)).toEqual([
      'name', 'email', 'organisation', 'ics_code', 'ics', 'organisation_type_code', 'organisation_type',
      'status_code', 'status', 'waiting_list_place', 'checked_in_uk_time', 'tags', 'registered_uk_time',
    ]);
    expect(header.slice(13)).toEqual(['Role', 'Dietary needs']);
    expect(body[0]).toEqual([
      'Jane Smith', 'jane@example.org', 'Walsall Healthcare', 'QUA', 'Black Country', 'NHS_TRUST', 'NHS trust',
      'CONFIRMED', 'Place confirmed', null, '2031-06-10 09:14', 'speaker; VIP', '2031-01-05 16:00', 'Nurse', 'Halal',
    ]);
    // The stored queue number (7) is never shown: the place now (2) is.
    expect(body[1].slice(3, 11)).toEqual([null, '', null, '', 'WAITLISTED', 'On the waiting list', 2, '']);
  });
});
