import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

import { Paginated } from '../../../common/graphql/pagination';
import { COMMENTS_MAX_PAGE, ReactionKind, ThreadSubjectType } from '../discussions.constants';

@ObjectType('ReactionSummary', { description: 'How many people reacted with one kind.' })
export class ReactionSummaryModel {
  @Field(() => ReactionKind, { description: 'The reaction.' })
  kind!: ReactionKind;

  @Field(() => Int, { description: 'How many people reacted this way.' })
  count!: number;

  @Field(() => Boolean, { description: 'Whether you reacted this way.' })
  reactedByMe!: boolean;
}

@ObjectType('CommentRevision', { description: 'An earlier body of an edited comment.' })
export class CommentRevisionModel {
  @Field(() => String, { description: 'The Markdown source as it was.' })
  body!: string;

  @Field(() => String, { description: 'That source rendered and sanitised.' })
  bodyHtml!: string;

  @Field(() => GraphQLISODateTime, { description: 'When this body was replaced.' })
  replacedAt!: Date;
}

@ObjectType('Comment', { description: 'A comment in a thread (Markdown, rendered sanitised).' })
export class CommentModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => ID, { description: 'The thread it belongs to.' })
  threadId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The comment this replies to (replies are one level deep).',
  })
  parentId!: string | null;

  @Field(() => String, { description: 'Markdown source; empty when removed or hidden.' })
  body!: string;

  @Field(() => String, { description: 'Sanitised HTML of the body: safe to render as HTML.' })
  bodyHtml!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was posted.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was last edited, if ever.',
  })
  editedAt!: Date | null;

  @Field(() => Boolean, {
    description: 'Removed by its author or a moderator (shows as "removed").',
  })
  deleted!: boolean;

  @Field(() => Boolean, {
    description: 'Hidden by moderation (pending review or hidden by a moderator).',
  })
  hidden!: boolean;

  /** Resolved through the userById loader. */
  authorId!: string;
}

@ObjectType('CommentConnection', { description: 'A page of comments, oldest first.' })
export class CommentConnection extends Paginated(CommentModel, 'Comment') {}

@ObjectType('ThreadSubjectSummary', { description: 'What a thread is about, as members see it.' })
export class ThreadSubjectSummaryModel {
  @Field(() => String, { description: 'Title of the subject.' })
  title!: string;

  @Field(() => String, { description: 'Path of the subject in the web app.' })
  link!: string;
}

@ObjectType('Thread', { description: 'A discussion thread about a subject.' })
export class ThreadModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => ThreadSubjectType, { description: 'What kind of thing it is about.' })
  subjectType!: ThreadSubjectType;

  @Field(() => String, { description: 'Id of the subject (see ThreadSubjectType).' })
  subjectId!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When someone last posted.' })
  lastActivityAt!: Date;

  @Field(() => Boolean, {
    description: 'Pinned to the top of its subject by a moderator or owner.',
  })
  pinned!: boolean;

  @Field(() => Boolean, { description: 'Locked: no new comments.' })
  locked!: boolean;

  @Field(() => ID, { nullable: true, description: 'The accepted answer, if one was chosen.' })
  acceptedCommentId!: string | null;

  @Field(() => Boolean, { description: 'Whether an answer has been accepted.' })
  answered!: boolean;

  @Field(() => Int, { description: 'How many comments it has (including removed ones).' })
  commentCount!: number;

  @Field(() => String, { description: 'Deep link: a path in the web app.' })
  link!: string;

  /** Resolved through the userById loader. */
  authorId!: string;
}

@ObjectType('ThreadConnection', {
  description: 'A page of threads: pinned first, then most recent activity.',
})
export class ThreadConnection extends Paginated(ThreadModel, 'Thread') {}

@ArgsType()
export class CommentsArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 50,
    description: `Page size (1 to ${COMMENTS_MAX_PAGE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(COMMENTS_MAX_PAGE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  @IsOptional()
  @IsString()
  after?: string;
}
