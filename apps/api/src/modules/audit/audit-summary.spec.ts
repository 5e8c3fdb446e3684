import { summariseDetails } from './audit-summary';

describe(summariseDetails.name, () => {
  it('should show what changed and the other details', () => {
    expect(
      summariseDetails({
        before: { status: 'REQUESTED', name: 'x' },
        after: { status: 'VERIFIED', name: 'x' },
        organisationId: 'o1',
      }),
    ).toBe('status: REQUESTED → VERIFIED; organisationId: o1');
  });

  it('should never show a key that looks like a secret or contact detail', () => {
    expect(summariseDetails({ token: 't', email: 'a@b', reason: 'spam' })).toBe('reason: spam');
  });

  it('should cut long summaries and cope with nothing', () => {
    expect(summariseDetails({ note: 'x'.repeat(400) })).toHaveLength(300);
    expect(summariseDetails(null)).toBe('');
    expect(summariseDetails({ before: null, after: { role: 'ICS_ADMIN' } })).toBe(
      'role: – → ICS_ADMIN',
    );
  });
});
