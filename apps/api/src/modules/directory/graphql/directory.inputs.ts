import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

import { PaginationArgs } from '../../../common/graphql/pagination';

/** Trims and lower-cases each domain before it is validated. */
const LowerCaseDomains = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
      : value,
  );

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

@InputType('OrganisationsFilter', { description: 'Filters for the organisations list.' })
export class OrganisationsFilter {
  @Field(() => String, { nullable: true, description: 'Only organisations in this ICS (ODS code).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string;

  @Field(() => String, { nullable: true, description: 'Only organisations of this type key.' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,60}$/, { message: 'type must be an organisation type key such as VCSE' })
  type?: string;

  @Field(() => String, { nullable: true, description: 'Words to find in the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class OrganisationsArgs extends PaginationArgs {
  @Field(() => OrganisationsFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  filter?: OrganisationsFilter;
}

@InputType('CreateOrganisationInput', { description: 'A new organisation.' })
export class CreateOrganisationInput {
  @Field(() => String, { description: 'Organisation name (2 to 200 characters).' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: 'Organisation type key.' })
  @Matches(/^[A-Z_]{2,60}$/, { message: 'type must be an organisation type key such as VCSE' })
  type!: string;

  @Field(() => [String], { description: 'ODS codes of the ICSs it belongs to.' })
  @IsArray()
  @ArrayMaxSize(11)
  @Matches(/^[A-Z0-9]{3,5}$/, { each: true, message: 'each ICS must be an ODS code' })
  icsOdsCodes!: string[];

  @Field(() => [String], { nullable: true, description: 'Names of the places it serves.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  placeNames?: string[];

  @Field(() => [String], { nullable: true, description: 'Email domains for automatic verification.' })
  @IsOptional()
  @LowerCaseDomains()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(DOMAIN, { each: true, message: 'each email domain must look like example.org' })
  emailDomains?: string[];

  @Field(() => String, { nullable: true, description: 'Website (https://...).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string;

  @Field(() => String, { nullable: true, description: 'Short description.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType('UpdateOrganisationInput', {
  description: 'Changes to an organisation; ICSs and places, when given, replace its links.',
})
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput, InputType) {
  @Field(() => ID, { description: 'The organisation to change.' })
  @IsUUID('all', { message: 'This is not an organisation id' })
  id!: string;
}

@InputType('MergeOrganisationsInput', { description: 'Merge a duplicate organisation into the one that stays.' })
export class MergeOrganisationsInput {
  @Field(() => ID, { description: 'The organisation that stays.' })
  @IsUUID('all', { message: 'Choose the organisation that stays' })
  survivorId!: string;

  @Field(() => ID, { description: 'The duplicate: its content moves to the survivor and it is removed.' })
  @IsUUID('all', { message: 'Choose the duplicate organisation' })
  duplicateId!: string;
}

const REFERENCE_KEY = /^[A-Z0-9_]{2,60}$/;

@InputType('UpsertReferenceInput', {
  description: 'Add or change a theme or organisation type. The key is fixed once created.',
})
export class UpsertReferenceInput {
  @Field(() => String, { description: 'Stable key (upper-case letters, digits and underscores).' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(REFERENCE_KEY, { message: 'Enter a key of 2 to 60 capital letters, digits or underscores' })
  key!: string;

  @Field(() => String, { description: 'Human label (2 to 200 characters).' })
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @Length(2, 200, { message: 'Enter a label of 2 to 200 characters' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'What it covers (up to 1,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Keep the description to 1,000 characters' })
  description?: string;

  @Field(() => Boolean, { nullable: true, description: 'Retire it (no longer offered; content keeps it) or restore it.' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Adding: fail with CONFLICT when the key is already taken (instead of changing that entry).',
  })
  @IsOptional()
  @IsBoolean()
  isNew?: boolean;
}
