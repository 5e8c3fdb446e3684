import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';

export enum OutcomeImportStatusEnum {
  VALIDATING = 'VALIDATING',
  READY = 'READY',
  FAILED = 'FAILED',
  SAVED = 'SAVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OutcomeImportStatusEnum, {
  name: 'OutcomeImportStatus',
  description:
    'VALIDATING (rows being checked: see progress), READY (preview, then confirm or cancel), FAILED (the file could not be read: see failureReason), SAVED or CANCELLED.',
});

@InputType('ImportOutcomeMeasurementsInput', {
  description:
    'Import figures from a CSV or XLSX file already uploaded (POST /files) by the same person, into one case study or one adoption (give exactly one).',
})
export class ImportOutcomeMeasurementsInput {
  @Field(() => ID, { nullable: true, description: 'The case study (origin series).' })
  @IsOptional()
  caseStudyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The adoption (adopter series).' })
  @IsOptional()
  adoptionId?: string | null;

  @Field(() => ID, { description: 'The uploaded CSV or XLSX file.' })
  @IsString()
  fileId!: string;
}

@ObjectType('OutcomeImportRowError', { description: 'What is wrong with one cell of a row.' })
export class OutcomeImportRowErrorModel {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (headings are row 1).' })
  rowNumber!: number;

  @Field(() => String, { description: 'The template column.' })
  column!: string;

  @Field(() => String, { description: 'The cell as read.' })
  value!: string;

  @Field(() => String, { description: 'What to fix.' })
  message!: string;
}

@ObjectType('OutcomeImportPreviewRow', { description: 'A figure the import would save.' })
export class OutcomeImportPreviewRowModel {
  @Field(() => Int)
  rowNumber!: number;

  @Field(() => String)
  metricKey!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  qualifier!: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the period (YYYY-MM-DD).' })
  periodStart!: string | null;

  @Field(() => String, { description: 'End of the period, or the point in time (YYYY-MM-DD).' })
  measuredOn!: string;

  @Field(() => Boolean)
  cumulative!: boolean;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => String, { nullable: true })
  sourceTitle!: string | null;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('OutcomeImport', {
  description:
    'A bulk import of outcome figures: checked row by row in the background, previewed, and saved only when its uploader confirms.',
})
export class OutcomeImportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => OutcomeImportStatusEnum)
  status!: OutcomeImportStatusEnum;

  @Field(() => Int, { description: 'Per cent of rows checked (0–100).' })
  progress!: number;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'csv or xlsx.' })
  format!: string;

  @Field(() => ID, { nullable: true })
  caseStudyId!: string | null;

  @Field(() => ID, { nullable: true })
  adoptionId!: string | null;

  @Field(() => Int, { description: 'Data rows in the file (known once reading starts).' })
  totalRows!: number;

  @Field(() => Int)
  processedRows!: number;

  @Field(() => Int, { description: 'Rows that can be saved.' })
  validRowCount!: number;

  @Field(() => Int, { description: 'Rows with errors (not saved).' })
  errorRowCount!: number;

  @Field(() => Int, { nullable: true, description: 'Figures saved (once SAVED).' })
  savedCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the file could not be read (FAILED).' })
  failureReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Where to download every error as CSV.' })
  errorReportUrl!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  savedAt!: Date | null;
}
