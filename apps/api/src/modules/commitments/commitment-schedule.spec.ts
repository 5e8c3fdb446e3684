import { ReviewCadence } from './commitment.enums';
import { addMonths, isOverdue, nextUpdateDue } from './commitment-schedule';

describe('commitment schedule', () => {
  it('should add whole months, keeping the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('should make the next update due one cadence after creation when there is no update', () => {
    expect(nextUpdateDue(ReviewCadence.MONTHLY, '2026-03-10', null)).toBe('2026-04-10');
    expect(nextUpdateDue(ReviewCadence.QUARTERLY, '2026-03-10', null)).toBe('2026-06-10');
    expect(nextUpdateDue(ReviewCadence.SIX_MONTHLY, '2026-03-10', null)).toBe('2026-09-10');
    expect(nextUpdateDue(ReviewCadence.ANNUAL, '2026-03-10', null)).toBe('2027-03-10');
  });

  it('should count from the latest update, but never from before creation', () => {
    expect(nextUpdateDue(ReviewCadence.QUARTERLY, '2026-01-01', '2026-05-20')).toBe('2026-08-20');
    // A back-dated update (e.g. reporting on last year's progress) does not move the due date back.
    expect(nextUpdateDue(ReviewCadence.QUARTERLY, '2026-01-01', '2022-07-31')).toBe('2026-04-01');
  });

  it('should be overdue only once the due date has passed', () => {
    expect(isOverdue('2026-04-10', '2026-04-09')).toBe(false);
    expect(isOverdue('2026-04-10', '2026-04-10')).toBe(false);
    expect(isOverdue('2026-04-10', '2026-04-11')).toBe(true);
  });

  it('should refuse something that is not a date', () => {
    expect(() => addMonths('10/04/2026', 1)).toThrow('Not a date');
  });
});
