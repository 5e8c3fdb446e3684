import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Role } from '@mic/shared-util';

import { Paginated, PaginationArgs } from '../../../common/graphql/pagination';
import { UserModel } from '../graphql/user.model';

export enum AdminPersonStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  DECLINED = 'DECLINED',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(AdminPersonStatus, {
  name: 'AdminPersonStatus',
  description:
    'PENDING: asked to join an organisation, not yet verified; VERIFIED: verified member; DECLINED: request declined; SUSPENDED: account suspended by an admin.',
});

@InputType('AdminPeopleFilter', {
  description: 'Filters for the admin people search (all optional, combined with AND).',
})
export class AdminPeopleFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name or email address (at most 100 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Search with at most 100 characters.' })
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ODS code of the ICS of the person’s organisation.',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation the person belongs to or asked to join.',
  })
  @Allow()
  organisationId?: string | null;

  @Field(() => Role, { nullable: true, description: 'People holding this role.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => AdminPersonStatus, { nullable: true, description: 'Membership or account status.' })
  @IsOptional()
  @IsEnum(AdminPersonStatus)
  status?: AdminPersonStatus | null;
}

@ArgsType()
export class AdminPeopleArgs extends PaginationArgs {
  @Field(() => AdminPeopleFilter, { nullable: true, description: 'What to look for.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdminPeopleFilter)
  filter?: AdminPeopleFilter | null;
}

@ObjectType('AdminPeopleConnection', { description: 'A page of people for admins, by name.' })
export class AdminPeopleConnection extends Paginated(UserModel, 'AdminPeople') {}

@ObjectType('AccountSuspension', { description: 'An admin’s suspension of an account.' })
export class AccountSuspensionModel {
  @Field(() => GraphQLISODateTime, { description: 'Since when.' })
  suspendedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why, as the admin gave it.' })
  reason!: string | null;
}
