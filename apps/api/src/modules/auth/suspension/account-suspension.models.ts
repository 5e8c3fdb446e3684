import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, IsString, MaxLength } from 'class-validator';

@InputType('SuspendUserInput', { description: 'Suspend a whole account (admins).' })
export class SuspendUserInput {
  @Field(() => ID, { description: 'The person.' })
  @Allow()
  userId!: string;

  @Field(() => String, {
    description:
      'Why (1 to 500 characters; shown to admins and kept in the audit log, so no personal details).',
  })
  @IsString()
  @MaxLength(500, { message: 'Keep the reason to 500 characters or fewer.' })
  reason!: string;
}

@ObjectType('SignInState', { description: 'How a person signs in, for admins.' })
export class SignInStateModel {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When any of their sessions was last used.',
  })
  lastActiveAt!: Date | null;

  @Field(() => Int, {
    description: 'Sessions that are live now (signed in, not expired or revoked).',
  })
  activeSessions!: number;

  @Field(() => Boolean, { description: 'Whether the account is suspended (it cannot sign in).' })
  suspended!: boolean;
}
