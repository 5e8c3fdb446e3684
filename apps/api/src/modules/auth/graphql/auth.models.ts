import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Allow, IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';

import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from '@mic/shared-util';

import { UserModel } from '../../users/graphql/user.model';

@ObjectType('AuthPayload', { description: 'A new session.' })
export class AuthPayload {
  @Field(() => String, {
    description: 'Session token for `Authorization: Bearer`. Also set as an httpOnly cookie.',
  })
  accessToken!: string;

  @Field(() => UserModel, { description: 'The signed-in user.' })
  user!: UserModel;

  @Field(() => String, {
    description:
      'Device token for this browser and account (OWASP device cookie). Present it as `SignInInput.deviceToken` (or the device cookie) on later sign-ins so failures elsewhere do not lock this browser out.',
  })
  deviceToken!: string;
}

@InputType('SignUpInput', { description: 'Create an account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address (used to sign in; kept private).' })
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  email!: string;

  @Field(() => String, { description: 'Password: at least 12 characters, not a common one.' })
  @IsString()
  @MaxLength(256)
  password!: string;

  @Field(() => String, { description: 'Your full name as colleagues know it.' })
  @IsString()
  @Length(2, NAME_MAX_LENGTH, { message: 'Name must be between 2 and 120 characters' })
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation you ask to join, from the directory. Leave it out if yours is not listed (then use requestOrganisation). Membership is verified separately.',
  })
  @IsOptional()
  organisationId?: string | null;
}

@InputType('SignInInput', { description: 'Sign in with email and password.' })
export class SignInInput {
  @Field(() => String, { description: 'Email address.' })
  @IsString()
  @MinLength(3, { message: 'Enter your email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(256)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The device token from an earlier sign-in on this browser (else the device cookie is used).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  deviceToken?: string | null;
}

@InputType('ChangePasswordInput', { description: 'Change your password; other sessions are signed out.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'Your current password.' })
  @IsString()
  @MinLength(1, { message: 'Enter your current password' })
  @MaxLength(256)
  currentPassword!: string;

  @Field(() => String, { description: 'The new password: at least 12 characters, not a common one.' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

@InputType('RequestPasswordResetInput', { description: 'Ask for a password reset link by email.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The email address of the account.' })
  @IsString()
  @MinLength(1, { message: 'Enter your email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  email!: string;
}

@InputType('ResetPasswordInput', { description: 'Choose a new password with the token from a reset email.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the emailed link.' })
  @IsString()
  @MinLength(1, { message: 'The reset link is incomplete. Ask for a new link.' })
  @MaxLength(200)
  token!: string;

  @Field(() => String, { description: 'The new password: at least 12 characters, not a common one.' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

@ArgsType()
export class RevokeSessionArgs {
  @Field(() => ID, { description: 'The session to sign out (from `mySessions`).' })
  @Allow()
  id!: string;
}

@ArgsType()
export class RevokeAllSessionsArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Keep the session making this request signed in ("sign out everywhere else").',
  })
  @IsBoolean()
  keepCurrent!: boolean;
}

@ArgsType()
export class PasswordResetTokenArgs {
  @Field(() => String, { description: 'The token from the emailed link.' })
  @IsString()
  @MaxLength(200)
  token!: string;
}
