import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

import { AssessmentStatus, QuestionType, SectionChangeKind } from '../toolkits.constants';

@ObjectType('ToolkitSection', { description: 'A section of a toolkit version.' })
export class ToolkitSectionModel {
  @Field(() => String, { description: 'Stable key across versions.' })
  key!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Markdown body.' })
  body!: string;

  @Field(() => String, { description: 'Body rendered and sanitised.' })
  bodyHtml!: string;

  @Field(() => String, {
    description: 'subjectId for threads about this section (subjectType TOOLKIT_SECTION).',
  })
  threadSubjectId!: string;
}

@ObjectType('SectionChange', { description: 'How a section changed against the previous version.' })
export class SectionChangeModel {
  @Field(() => String, { description: 'Section key.' })
  key!: string;

  @Field(() => String, { description: 'Section title.' })
  title!: string;

  @Field(() => SectionChangeKind, { description: 'ADDED, REMOVED, CHANGED or UNCHANGED.' })
  change!: SectionChangeKind;
}

@ObjectType('AssessmentQuestion', { description: 'A question in a fillable form.' })
export class AssessmentQuestionModel {
  @Field(() => String, { description: 'Key (answers refer to it).' })
  key!: string;

  @Field(() => String, { description: 'The question.' })
  label!: string;

  @Field(() => QuestionType, { description: 'SCALE (1 to 5), CHOICE or TEXT.' })
  type!: QuestionType;

  @Field(() => [String], { description: 'Options for CHOICE questions.' })
  options!: string[];
}

@ObjectType('AssessmentFormSection', { description: 'A section of a fillable form.' })
export class AssessmentFormSectionModel {
  @Field(() => String, { description: 'Key.' })
  key!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => [AssessmentQuestionModel], { description: 'Questions.' })
  questions!: AssessmentQuestionModel[];
}

@ObjectType('ToolkitVersion', {
  description: 'A published version of a toolkit; older ones stay readable.',
})
export class ToolkitVersionModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => Int, { description: 'Version number (1, 2, ...).' })
  number!: number;

  @Field(() => String, { description: 'What changed.' })
  changelog!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => [ToolkitSectionModel], { description: 'Sections in order.' })
  sections!: ToolkitSectionModel[];

  @Field(() => [AssessmentFormSectionModel], {
    nullable: true,
    description: 'The fillable assessment form of this version, if it has one.',
  })
  form!: AssessmentFormSectionModel[] | null;

  toolkitId!: string;
}

@ObjectType('Toolkit', { description: 'A shared toolkit with versions.' })
export class ToolkitModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => String, { description: 'URL slug.' })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Summary.' })
  summary!: string;

  @Field(() => [String], { description: 'Theme keys.' })
  themeKeys!: string[];

  @Field(() => String, { nullable: true, description: 'Where the record came from.' })
  source!: string | null;

  @Field(() => String, { description: 'Deep link: a path in the web app.' })
  link!: string;

  ownerOrganisationId!: string;
  createdById!: string | null;
}

@ObjectType('AssessmentAnswer', { description: 'One answer.' })
export class AssessmentAnswerModel {
  @Field(() => String, { description: 'Question key.' })
  questionKey!: string;

  @Field(() => String, { description: 'The answer (scale answers as "1".."5").' })
  value!: string;
}

@ObjectType('Assessment', { description: 'Your filled-in assessment.' })
export class AssessmentModel {
  @Field(() => ID, { description: 'Internal id.' })
  id!: string;

  @Field(() => ID, { description: 'The toolkit version whose form it answers.' })
  toolkitVersionId!: string;

  @Field(() => AssessmentStatus, { description: 'DRAFT or SUBMITTED.' })
  status!: AssessmentStatus;

  @Field(() => [AssessmentAnswerModel], { description: 'Answers so far.' })
  answers!: AssessmentAnswerModel[];

  @Field(() => GraphQLISODateTime, { description: 'Last saved.' })
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When submitted.' })
  submittedAt!: Date | null;

  @Field(() => String, { description: 'CSV export path on the API.' })
  csvPath!: string;

  @Field(() => String, { description: 'PDF export path on the API.' })
  pdfPath!: string;
}
