import { auditCsv, auditCsvCell } from './audit-csv';

describe(auditCsvCell.name, () => {
  it.each(['=SUM(A1)', '+1', '-1', '@cmd', '\tx'])(
    'should neutralise a formula start in %j',
    (value) => {
      expect(auditCsvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('should quote commas, quotes and line breaks, and leave plain text alone', () => {
    expect(auditCsvCell('a,b')).toBe('"a,b"');
    expect(auditCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(auditCsvCell('plain')).toBe('plain');
    expect(auditCsvCell(null)).toBe('');
  });
});

describe(auditCsv.name, () => {
  it('should write a header and one row per entry with the actor name', () => {
    const csv = auditCsv(
      [
        {
          id: '7',
          createdAt: new Date('2026-12-06T10:00:00Z'),
          actorId: 'a1',
          action: 'role.granted',
          actionLabel: 'Role granted',
          targetType: 'user',
          targetId: 'u1',
          summary: 'role: =HYPERLINK()',
          detailsJson: '{}',
          requestId: 'r1',
          icsIds: [],
        },
      ],
      new Map([['a1', '=Mallory']]),
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,when_utc,actor_id,actor_name,action,action_label,target_type,target_id,summary,request_id',
    );
    expect(lines[1]).toBe(
      "7,2026-12-06T10:00:00.000Z,a1,'=Mallory,role.granted,Role granted,user,u1,role: =HYPERLINK(),r1",
    );
  });
});
