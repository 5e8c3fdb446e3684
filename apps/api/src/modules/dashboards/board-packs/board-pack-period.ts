import type { PeriodChoice } from '../../../common/dashboards/period';
import type { BoardPackEntity } from './entities/board-pack.entity';

export function periodChoiceOfPack(
  pack: Pick<BoardPackEntity, 'financialYear' | 'quarter'>,
): PeriodChoice | null {
  return pack.financialYear === null
    ? null
    : { financialYear: pack.financialYear, quarter: pack.quarter };
}
