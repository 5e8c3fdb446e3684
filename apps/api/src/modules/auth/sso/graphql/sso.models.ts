import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

import { EMAIL_MAX_LENGTH } from '@mic/shared-util';

import { AuthPayload } from '../../graphql/auth.models';

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Trims, lower-cases and drops a leading @ from each domain before it is validated. */
const NormalisedDomains = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? [
          ...new Set(
            value.map((v) =>
              typeof v === 'string' ? v.trim().toLowerCase().replace(/^@/, '') : v,
            ),
          ),
        ]
      : value,
  );
const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

@ObjectType('SsoConnection', {
  description:
    'An organisation’s OpenID Connect sign-in (regional admins). The client secret is never returned.',
})
export class SsoConnectionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'What the sign-in button says: "Continue with <displayName>".',
  })
  displayName!: string;

  @Field(() => String, {
    description:
      'Issuer URL; its discovery document is at <issuer>/.well-known/openid-configuration.',
  })
  issuer!: string;

  @Field(() => String, { description: 'Client id registered with the provider.' })
  clientId!: string;

  @Field(() => [String], {
    description: 'Email domains whose people sign in through it (unique across connections).',
  })
  emailDomains!: string[];

  @Field(() => Boolean, {
    description:
      'Whether a sign-in through it verifies membership of the organisation that owns the email domain.',
  })
  verifiesMembership!: boolean;

  @Field(() => String, {
    description: 'The redirect (callback) URL to register with the provider.',
  })
  redirectUrl!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType('CreateSsoConnectionInput', { description: 'A new organisation sign-in connection.' })
export class CreateSsoConnectionInput {
  @Field(() => String, {
    description: 'Shown on the sign-in button, e.g. "NHSmail" (2 to 80 characters).',
  })
  @Trimmed()
  @IsString()
  @Length(2, 80, { message: 'Display name must be between 2 and 80 characters' })
  displayName!: string;

  @Field(() => String, { description: 'Issuer URL (https).' })
  @Trimmed()
  @IsString()
  @MaxLength(500)
  issuer!: string;

  @Field(() => String, { description: 'Client id registered with the provider.' })
  @Trimmed()
  @IsString()
  @Length(1, 300, { message: 'Enter the client id' })
  clientId!: string;

  @Field(() => String, { description: 'Client secret; stored encrypted and never shown again.' })
  @IsString()
  @Length(1, 2000, { message: 'Enter the client secret' })
  clientSecret!: string;

  @Field(() => [String], { description: 'Email domains it serves, like nhs.net.' })
  @NormalisedDomains()
  @IsArray()
  @ArrayMinSize(1, { message: 'Enter at least one email domain' })
  @ArrayMaxSize(50)
  @Matches(DOMAIN, { each: true, message: 'each email domain must look like example.org' })
  emailDomains!: string[];

  @Field(() => Boolean, {
    description: 'Whether a sign-in verifies membership of the matched organisation.',
  })
  @IsBoolean()
  verifiesMembership!: boolean;
}

@InputType('UpdateSsoConnectionInput', {
  description:
    'Changes to a connection; leave out what stays. A blank or missing secret keeps the stored one.',
})
export class UpdateSsoConnectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a connection id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(2, 80, { message: 'Display name must be between 2 and 80 characters' })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500)
  issuer?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 300, { message: 'Enter the client id' })
  clientId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  clientSecret?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @NormalisedDomains()
  @IsArray()
  @ArrayMinSize(1, { message: 'Enter at least one email domain' })
  @ArrayMaxSize(50)
  @Matches(DOMAIN, { each: true, message: 'each email domain must look like example.org' })
  emailDomains?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  verifiesMembership?: boolean;
}

@ObjectType('SsoConnectionOption', {
  description: 'The connection an email address signs in with (public: name only).',
})
export class SsoConnectionOptionModel {
  @Field(() => String)
  displayName!: string;
}

@InputType('StartSsoSignInInput', { description: 'Begin organisation sign-in for this address.' })
export class StartSsoSignInInput {
  @Field(() => String)
  @IsString()
  @MinLength(3, { message: 'Enter your email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @Field(() => String, { nullable: true, description: 'A path of this site to go to afterwards.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  returnTo?: string;
}

@ObjectType('SsoSignInStart', {
  description:
    'Where to send the browser, and the token its short-lived HttpOnly cookie must carry back.',
})
export class SsoSignInStartModel {
  @Field(() => String)
  authorizationUrl!: string;

  @Field(() => String, {
    description: 'Binds the sign-in to this browser: present it to completeSsoSignIn.',
  })
  browserToken!: string;
}

@InputType('CompleteSsoSignInInput', {
  description: 'The provider redirected back: its query string and the browser token.',
})
export class CompleteSsoSignInInput {
  @Field(() => String, {
    description: 'The query string of the callback request (code, state, iss…).',
  })
  @IsString()
  @MaxLength(8000)
  callbackQuery!: string;

  @Field(() => String)
  @IsString()
  @Length(10, 200)
  browserToken!: string;
}

@ObjectType('SsoSignInResult', {
  description: 'Either a session, or an existing account that must be proven before it is linked.',
})
export class SsoSignInResultModel {
  @Field(() => AuthPayload, { nullable: true, description: 'Signed in.' })
  session?: AuthPayload | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An account with this email exists: prove its password with confirmSsoLink (15 minutes).',
  })
  linkToken?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The connection’s display name when a link is needed.',
  })
  connectionName?: string | null;

  @Field(() => String, { description: 'Where to go next (a path of this site).' })
  returnTo!: string;
}

@InputType('ConfirmSsoLinkInput', {
  description: 'Prove an existing account to link the organisation sign-in to it.',
})
export class ConfirmSsoLinkInput {
  @Field(() => String)
  @IsString()
  @Length(10, 200)
  linkToken!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(256)
  password!: string;
}

@InputType('EmailSsoLinkInput', {
  description: 'Ask for an emailed link instead of giving the password.',
})
export class EmailSsoLinkInput {
  @Field(() => String, { description: 'The pending link token from completeSsoSignIn.' })
  @IsString()
  @Length(10, 200)
  linkToken!: string;
}

@InputType('ConfirmSsoLinkByEmailInput', {
  description: 'Follow the emailed link, in the browser that signed in with the organisation.',
})
export class ConfirmSsoLinkByEmailInput {
  @Field(() => String, {
    nullable: true,
    description: 'The pending link token this browser holds; without it the link is refused.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  linkToken?: string | null;

  @Field(() => String, { description: 'The token from the emailed link.' })
  @IsString()
  @Length(10, 200)
  emailToken!: string;
}

@ObjectType('SsoLinkPrompt', { description: 'A pending link (public: the connection name only).' })
export class SsoLinkPromptModel {
  @Field(() => String)
  connectionName!: string;
}
