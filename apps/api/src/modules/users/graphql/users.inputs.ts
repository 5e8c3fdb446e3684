import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow, IsEnum, IsOptional, Matches } from 'class-validator';

import { Role } from '@mic/shared-util';

@InputType('GrantRoleInput', { description: 'Give a user a role.' })
export class GrantRoleInput {
  @Field(() => ID, { description: 'The user.' })
  @Allow()
  userId!: string;

  @Field(() => Role, { description: 'The role to grant.' })
  @IsEnum(Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'ODS code of the ICS (required for ICS_ADMIN).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{3,5}$/, { message: 'icsOdsCode must be an ODS code such as QUA' })
  icsOdsCode?: string;
}

@InputType('RevokeRoleInput', { description: 'Take a role away from a user.' })
export class RevokeRoleInput extends GrantRoleInput {}
