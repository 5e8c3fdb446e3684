import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional } from 'class-validator';

import { PaginationArgs, Paginated } from '../../../common/graphql/pagination';

@ObjectType('Notification', { description: 'An in-app notification.' })
export class NotificationModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'Kind, e.g. ADOPTION_DECLARED, REPLY, MENTION.' })
  kind!: string;

  @Field(() => String, { description: 'One-line summary.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More detail (plain text).' })
  body!: string | null;

  @Field(() => String, { description: 'Deep link: a path in the web app.' })
  link!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  createdAt!: Date;

  @Field(() => Boolean, { description: 'Whether it has been read.' })
  read!: boolean;
}

@ObjectType('NotificationConnection', { description: 'A page of notifications, newest first.' })
export class NotificationConnection extends Paginated(NotificationModel, 'Notification') {}

@ArgsType()
export class NotificationsArgs extends PaginationArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@InputType('MarkNotificationsReadInput', { description: 'Which notifications to mark as read.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (your own only).' })
  @IsOptional()
  @ArrayMaxSize(500)
  ids?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Mark every notification read.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
