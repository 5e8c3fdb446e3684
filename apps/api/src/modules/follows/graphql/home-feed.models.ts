import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

import { PageInfo } from '../../../common/graphql/pagination';
import { FollowLevel, FollowTargetType } from '../follows.constants';

export enum HomeFeedScope {
  /** What you follow. */
  FOLLOWING = 'FOLLOWING',
  /** Everything new across the region that you may see. */
  REGION = 'REGION',
}

registerEnumType(HomeFeedScope, {
  name: 'HomeFeedScope',
  description: 'FOLLOWING: what you follow; REGION: the latest across the region.',
});

@ArgsType()
export class HomeFeedArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size (1 to 50).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor from pageInfo.endCursor.' })
  @IsOptional()
  @IsString()
  @Length(1, 400)
  after?: string;

  @Field(() => HomeFeedScope, {
    nullable: true,
    defaultValue: HomeFeedScope.FOLLOWING,
    description: 'What you follow (default) or the latest across the region.',
  })
  @IsOptional()
  @IsEnum(HomeFeedScope)
  scope?: HomeFeedScope;
}

@ObjectType('FeedSubject', { description: 'What a feed item is about.' })
export class FeedSubjectModel {
  @Field(() => String, { description: 'Kind of thing, e.g. CASE_STUDY, EVENT, THREAD, ADOPTION, TOOLKIT.' })
  type!: string;

  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => String, { description: 'Its page in the web app (a path).' })
  url!: string;
}

@ObjectType('FeedItem', { description: 'Something that happened in what you follow.' })
export class FeedItemModel {
  @Field(() => ID, { description: 'Unique within its source.' })
  id!: string;

  @Field(() => String, { description: 'Which feature reported it, e.g. case-studies.' })
  source!: string;

  @Field(() => String, { description: 'What happened, e.g. CASE_STUDY_PUBLISHED.' })
  verb!: string;

  @Field(() => String, { description: 'One readable sentence.' })
  summary!: string;

  @Field(() => FeedSubjectModel, { description: 'What it is about.' })
  subject!: FeedSubjectModel;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => Boolean, { description: 'Whether it happened since your previous visit.' })
  isNew!: boolean;
}

@ObjectType('HomeFeedEdge', { description: 'An item in the home feed.' })
export class HomeFeedEdgeModel {
  @Field(() => FeedItemModel, { description: 'The item.' })
  node!: FeedItemModel;

  @Field(() => String, { description: 'Opaque cursor of this item.' })
  cursor!: string;
}

@ObjectType('FollowSuggestion', { description: 'Something you might follow.' })
export class FollowSuggestionModel {
  @Field(() => FollowTargetType, { description: 'Kind of thing.' })
  targetType!: FollowTargetType;

  @Field(() => String, { description: 'Its id, for follow(input).' })
  targetId!: string;

  @Field(() => String, { description: 'Its name.' })
  title!: string;

  @Field(() => String, { description: 'Its page (a path).' })
  url!: string;

  @Field(() => String, { description: 'Why it is suggested, e.g. "Your ICS".' })
  reason!: string;

  @Field(() => FollowLevel, { nullable: true, description: 'Your level if you already follow it.' })
  level!: FollowLevel | null;
}

@ObjectType('HomeFeed', { description: 'Your home feed, newest first.' })
export class HomeFeedModel {
  @Field(() => HomeFeedScope, { description: 'Which feed this is.' })
  scope!: HomeFeedScope;

  @Field(() => [HomeFeedEdgeModel], { description: 'The items in this page.' })
  edges!: HomeFeedEdgeModel[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Your visit before this one: items after it are new (null on a first visit).',
  })
  previousVisitAt!: Date | null;

  @Field(() => Int, { description: 'How many things you follow (not muted).' })
  followingCount!: number;

  @Field(() => [FollowSuggestionModel], {
    description: 'What you might follow: your ICS and organisation, popular themes, case studies from your ICS (first page only).',
  })
  suggestions!: FollowSuggestionModel[];
}
