import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Allow, IsDate, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

import { AccessTokenScope } from './access-token-scope';

@ObjectType('AccessToken', {
  description:
    'One of your personal access tokens (never the token itself: it is shown once, when created).',
})
export class AccessTokenModel {
  @Field(() => ID, { description: 'Token id (for `revokeAccessToken`).' })
  id!: string;

  @Field(() => String, { description: 'What you called it, e.g. "Power BI refresh".' })
  name!: string;

  @Field(() => AccessTokenScope, { description: 'READ (queries only) or READ_WRITE.' })
  scope!: AccessTokenScope;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether it has expired (it no longer works).' })
  expired!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last used (recorded at most about once a minute); null: never used.',
  })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is not.' })
  revokedAt!: Date | null;
}

@ObjectType('NewAccessToken', { description: 'A token just created: the only time its text is shown.' })
export class NewAccessTokenPayload {
  @Field(() => String, {
    description:
      'The token, `mic_pat_` and 43 characters. Send it as `Authorization: Bearer <token>`. It is shown only now: only a hash is kept.',
  })
  token!: string;

  @Field(() => AccessTokenModel, { description: 'The token as it will be listed.' })
  accessToken!: AccessTokenModel;
}

@InputType('CreateAccessTokenInput', { description: 'A new personal access token.' })
export class CreateAccessTokenInput {
  @Field(() => String, { description: 'What it is for, 1 to 100 characters, e.g. "Power BI refresh".' })
  @IsString()
  @MaxLength(100, { message: 'Name must be 100 characters or fewer' })
  name!: string;

  @Field(() => AccessTokenScope, { description: 'READ (queries only) or READ_WRITE.' })
  @IsEnum(AccessTokenScope)
  scope!: AccessTokenScope;

  @Field(() => Date, {
    nullable: true,
    description: 'When it stops working: in the future and at most 366 days away. Null: never.',
  })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}

@ArgsType()
export class RevokeAccessTokenArgs {
  @Field(() => ID, { description: 'The token to revoke (from `myAccessTokens`).' })
  @Allow()
  id!: string;
}
