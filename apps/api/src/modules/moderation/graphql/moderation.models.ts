import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import {
  Allow,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { PaginationArgs, Paginated } from '../../../common/graphql/pagination';
import { CommentModel } from '../../discussions/graphql/discussion.models';
import { FlagReason, ModerationAction } from '../moderation.constants';

@InputType('FlagCommentInput', { description: 'Report a comment to the moderators.' })
export class FlagCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @Allow()
  commentId!: string;

  @Field(() => FlagReason, { description: 'Why.' })
  @IsEnum(FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true, description: 'Anything the moderators should know.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType('ModerateCommentInput', { description: 'A moderator decision on a comment (audited).' })
export class ModerateCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @Allow()
  commentId!: string;

  @Field(() => ModerationAction, { description: 'What to do.' })
  @IsEnum(ModerationAction)
  action!: ModerationAction;

  @Field(() => String, { description: 'Why (kept in the audit log; sent to the author on WARN).' })
  @IsString()
  @Length(3, 1000)
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'SUSPEND only: days (1 to 365).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  suspendDays?: number | null;
}

@ObjectType('ModerationItem', { description: 'A comment awaiting review.' })
export class ModerationItemModel {
  @Field(() => CommentModel, { description: 'The comment (moderators see hidden bodies).' })
  comment!: CommentModel;

  @Field(() => Int, { description: 'Open flags.' })
  flagCount!: number;

  @Field(() => [FlagReason], { description: 'Reasons given.' })
  reasons!: FlagReason[];

  @Field(() => GraphQLISODateTime, { description: 'Most recent flag.' })
  lastFlaggedAt!: Date;
}

@ObjectType('ModerationItemConnection', { description: 'The review queue, most flagged first.' })
export class ModerationItemConnection extends Paginated(ModerationItemModel, 'ModerationItem') {}

@ArgsType()
export class ModerationQueueArgs extends PaginationArgs {}
