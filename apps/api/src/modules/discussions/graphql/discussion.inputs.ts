import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  Allow,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

import { PaginationArgs } from '../../../common/graphql/pagination';
import { COMMENT_MAX_LENGTH, ReactionKind, ThreadSubjectType } from '../discussions.constants';

@InputType('StartThreadInput', { description: 'A new thread with its first comment.' })
export class StartThreadInput {
  @Field(() => ThreadSubjectType, { description: 'What kind of thing it is about.' })
  @IsEnum(ThreadSubjectType)
  subjectType!: ThreadSubjectType;

  @Field(() => String, { nullable: true, description: 'Id of the subject; ignored for GENERAL.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  subjectId?: string | null;

  @Field(() => String, { description: 'Title (3 to 200 characters).' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => String, { description: 'First comment, in Markdown.' })
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8 to 64 letters, digits, - or _), e.g. a token in the form: sending the same key again returns the thread it started instead of a second one.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'The form token is not valid. Reload the page.' })
  clientKey?: string | null;
}

@InputType('PostCommentInput', {
  description: 'A comment or a reply. Mention people as @[Name](mention:<userId>).',
})
export class PostCommentInput {
  @Field(() => ID, { description: 'The thread.' })
  @Allow()
  threadId!: string;

  @Field(() => String, { description: 'Markdown body.' })
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Reply to this comment (replies to a reply attach to its parent).',
  })
  @IsOptional()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quote this comment at the top of the body.' })
  @IsOptional()
  quoteCommentId?: string | null;
}

@InputType('EditCommentInput', {
  description: 'New body for your comment; the old one stays in the edit history.',
})
export class EditCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @Allow()
  commentId!: string;

  @Field(() => String, { description: 'New Markdown body.' })
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body!: string;
}

@InputType('DeleteCommentInput', { description: 'Remove a comment (soft: it shows as removed).' })
export class DeleteCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @Allow()
  commentId!: string;
}

@InputType('ReactInput', { description: 'Add or take back a reaction.' })
export class ReactInput {
  @Field(() => ID, { description: 'The comment.' })
  @Allow()
  commentId!: string;

  @Field(() => ReactionKind, { description: 'The reaction.' })
  @IsEnum(ReactionKind)
  kind!: ReactionKind;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'true to add (default), false to remove.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType('AcceptAnswerInput', {
  description: 'Choose (or clear) the accepted answer of a thread.',
})
export class AcceptAnswerInput {
  @Field(() => ID, { description: 'The thread.' })
  @Allow()
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The answer; null clears it.' })
  @IsOptional()
  commentId?: string | null;
}

@InputType('SetThreadStateInput', {
  description: 'Pin or lock a thread (moderators and subject owners).',
})
export class SetThreadStateInput {
  @Field(() => ID, { description: 'The thread.' })
  @Allow()
  threadId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Pin (true) or unpin (false); unchanged when null.',
  })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Lock (true) or unlock (false); unchanged when null.',
  })
  @IsOptional()
  @IsBoolean()
  locked?: boolean | null;
}

@InputType('ThreadsFilter', {
  description:
    'Which threads to list. With a subject type and id: the threads about that subject. Otherwise every thread the viewer may see (its subject visible to members), narrowed by the other fields.',
})
export class ThreadsFilter {
  @Field(() => ThreadSubjectType, {
    nullable: true,
    description: 'Subject type (omit for every type).',
  })
  @IsOptional()
  @IsEnum(ThreadSubjectType)
  subjectType?: ThreadSubjectType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Subject id (omit for GENERAL or for all subjects of the type).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  subjectId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only threads whose subject belongs to this ICS (ODS code, e.g. QHL).',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'Choose an ICS from the list.' })
  icsCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only threads whose subject has this theme (theme key), or about the theme itself.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9_]{1,60}$/, { message: 'Choose a theme from the list.' })
  themeKey?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only threads with no accepted answer.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only threads you started or commented in.',
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@ArgsType()
export class ThreadsArgs extends PaginationArgs {
  @Field(() => ThreadsFilter, {
    nullable: true,
    description: 'Which threads (omit for every thread you may see).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThreadsFilter)
  filter?: ThreadsFilter | null;
}
