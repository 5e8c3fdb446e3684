import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length } from 'class-validator';

import { DigestFrequency, EmailKind, FollowLevel, FollowTargetType } from '../follows.constants';

@ObjectType('Follow', { description: 'Something you follow, and how closely.' })
export class FollowModel {
  @Field(() => FollowTargetType, { description: 'Kind of thing.' })
  targetType!: FollowTargetType;

  @Field(() => String, { description: 'Its id (theme key, ICS ODS code or uuid).' })
  targetId!: string;

  @Field(() => FollowLevel, { description: 'How closely.' })
  level!: FollowLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the followed thing (null when it no longer exists or is hidden).',
  })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Its page in the web app (a path).' })
  url?: string | null;
}

@InputType('FollowInput', { description: 'Follow, change the level of, or mute something.' })
export class FollowInput {
  @Field(() => FollowTargetType, { description: 'Kind of thing.' })
  @IsEnum(FollowTargetType)
  targetType!: FollowTargetType;

  @Field(() => String, { description: 'Its id.' })
  @IsString()
  @Length(1, 120)
  targetId!: string;

  @Field(() => FollowLevel, { description: 'WATCHING, NORMAL or MUTED.' })
  @IsEnum(FollowLevel)
  level!: FollowLevel;
}

@InputType('UnfollowInput', { description: 'Stop following something.' })
export class UnfollowInput {
  @Field(() => FollowTargetType, { description: 'Kind of thing.' })
  @IsEnum(FollowTargetType)
  targetType!: FollowTargetType;

  @Field(() => String, { description: 'Its id, as in myFollows.' })
  @IsString()
  @Length(1, 120)
  targetId!: string;
}

@ObjectType('NotificationSettings', { description: 'Your email choices.' })
export class NotificationSettingsModel {
  @Field(() => DigestFrequency, { description: 'How often the digest comes (weekly by default).' })
  digestFrequency!: DigestFrequency;

  @Field(() => [EmailKind], { description: 'Email kinds you have unsubscribed from.' })
  emailOptOuts!: EmailKind[];
}

@InputType('UpdateNotificationSettingsInput', { description: 'Change your email choices.' })
export class UpdateNotificationSettingsInput {
  @Field(() => DigestFrequency, {
    nullable: true,
    description: 'Digest frequency; unchanged when null.',
  })
  @IsOptional()
  @IsEnum(DigestFrequency)
  digestFrequency?: DigestFrequency | null;

  @Field(() => [EmailKind], {
    nullable: true,
    description: 'Kinds to stop emailing; unchanged when null.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(EmailKind, { each: true })
  emailOptOuts?: EmailKind[] | null;
}
