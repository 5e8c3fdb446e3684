import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

export enum DataExportStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(DataExportStatusEnum, {
  name: 'DataExportStatus',
  description:
    'QUEUED, RUNNING (see progress), READY (download it until expiresAt), FAILED (ask again) or EXPIRED.',
});

@ObjectType('DataExport', {
  description: 'A ZIP of everything the Commons keeps about you, built by a job.',
})
export class DataExportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DataExportStatusEnum)
  status!: DataExportStatusEnum;

  @Field(() => Int, { description: '0–100.' })
  progress!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the web app serves the ZIP (a path on the web origin), while READY and unexpired; only you can download it.',
  })
  downloadUrl!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The download works until then; the ZIP is then deleted.',
  })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;
}

@ObjectType('AccountDeletion', {
  description: 'Your account is due to be anonymised; sign in and cancel before then to keep it.',
})
export class AccountDeletionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the anonymisation job runs.' })
  scheduledFor!: Date;
}

@InputType('DeleteMyAccountInput')
export class DeleteMyAccountInput {
  @Field({ description: 'Your current password (you confirm it is you).' })
  @IsString()
  @Length(1, 1024, { message: 'Enter your password.' })
  password!: string;
}

@ObjectType('PrivacyRetention', { description: 'How long personal data is kept, from config.' })
export class PrivacyRetentionModel {
  @Field(() => Int, {
    description: 'Days between "delete my account" and anonymisation (cancellable).',
  })
  accountDeletionGraceDays!: number;

  @Field(() => Int, { description: 'Days a data export can be downloaded before it is deleted.' })
  dataExportDays!: number;

  @Field(() => Int, { description: 'Days a sign-in session lasts at most.' })
  sessionDays!: number;

  @Field(() => Int, { description: 'Hours of inactivity after which a session ends.' })
  sessionIdleHours!: number;

  @Field(() => Int, {
    description: 'Days an ended (expired or signed-out) session is kept before it is deleted.',
  })
  endedSessionDays!: number;

  @Field(() => Int, {
    description: 'Days a used or expired password-reset link is kept before it is deleted.',
  })
  resetTokenDays!: number;

  @Field(() => Int, { description: 'Days a sent email keeps its text before the text is deleted.' })
  sentMailDays!: number;
}

@ObjectType('PrivacyPolicy', { description: 'Values the privacy notice states.' })
export class PrivacyPolicyModel {
  @Field(() => PrivacyRetentionModel)
  retention!: PrivacyRetentionModel;
}
