import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import type { PeriodChoice } from './period';

@InputType('PeriodInput', {
  description: 'An NHS financial year (April to March), or one of its quarters. Omit for all time.',
})
export class PeriodInput {
  @Field(() => Int, { description: 'The year the financial year starts in: 2024 is 2024/25.' })
  @IsInt()
  financialYear!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Quarter 1 (April to June) to 4 (January to March); omit for the whole year.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number | null;
}

/** The choice a client made, or null (all time). */
export const periodChoiceOf = (period: PeriodInput | null | undefined): PeriodChoice | null =>
  period ? { financialYear: period.financialYear, quarter: period.quarter ?? null } : null;
