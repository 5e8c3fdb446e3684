import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { PaginationArgs } from '../../../common/graphql/pagination';

@InputType('AuditLogFilter', {
  description: 'Filters for the audit log (all optional, combined with AND).',
})
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only entries by this person.' })
  @IsOptional()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action (see auditActions).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only entries about this kind of thing, e.g. user.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about this thing (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  targetId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'From this date (YYYY-MM-DD, UTC) or ISO date-time, inclusive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'To this date (YYYY-MM-DD, UTC, the whole day) or ISO date-time, exclusive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string | null;
}

@ArgsType()
export class AuditLogArgs extends PaginationArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor before which the page ends (from pageInfo.startCursor): the newer page. Not with after.',
  })
  @IsOptional()
  @IsString()
  before?: string | null;
}
