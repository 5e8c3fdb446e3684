import { periodOf } from '../../../common/dashboards/period';
import { choiceOf } from './participation.dashboard-section';

describe('choiceOf', () => {
  it('should give back the financial year or quarter a dashboard period was made from', () => {
    expect(choiceOf(null)).toBeNull();
    expect(choiceOf(periodOf({ financialYear: 2024, quarter: null }))).toEqual({
      financialYear: 2024,
      quarter: null,
    });
    expect(choiceOf(periodOf({ financialYear: 2024, quarter: 4 }))).toEqual({
      financialYear: 2024,
      quarter: 4,
    });
  });
});
