import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow } from 'class-validator';

@ObjectType('AttachedAssessmentAnswer', { description: 'One answered question.' })
export class AttachedAssessmentAnswerModel {
  @Field(() => String, { description: 'The question as asked on the form.' })
  question!: string;

  @Field(() => String, { description: 'The answer (scale answers as "1".."5").' })
  answer!: string;
}

@ObjectType('AttachedAssessment', {
  description:
    'A submitted toolkit assessment attached to a case study or an adoption as evidence.',
})
export class AttachedAssessmentModel {
  @Field(() => ID, { description: 'Internal id of the attachment.' })
  id!: string;

  @Field(() => String, { description: 'Title of the toolkit whose form it answers.' })
  toolkitTitle!: string;

  @Field(() => String, { description: 'Slug of that toolkit.' })
  toolkitSlug!: string;

  @Field(() => Int, { description: 'Toolkit version number of the form.' })
  versionNumber!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was submitted.' })
  submittedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was attached.' })
  attachedAt!: Date;

  @Field(() => [AttachedAssessmentAnswerModel], {
    description: 'Answers in the order of the form.',
  })
  answers!: AttachedAssessmentAnswerModel[];
}

@InputType('AttachAssessmentToCaseStudyInput', {
  description: 'Your submitted assessment to attach to a case study you can edit.',
})
export class AttachAssessmentToCaseStudyInput {
  @Field(() => ID, { description: 'Your submitted assessment.' })
  @Allow()
  assessmentId!: string;

  @Field(() => ID, { description: 'The case study.' })
  @Allow()
  caseStudyId!: string;
}

@InputType('AttachAssessmentToAdoptionInput', {
  description: 'Your submitted assessment to attach to an adoption you can edit.',
})
export class AttachAssessmentToAdoptionInput {
  @Field(() => ID, { description: 'Your submitted assessment.' })
  @Allow()
  assessmentId!: string;

  @Field(() => ID, { description: 'The adoption.' })
  @Allow()
  adoptionId!: string;
}
