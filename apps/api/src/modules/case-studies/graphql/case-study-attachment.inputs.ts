import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';

@InputType('AttachCaseStudyFilesInput', {
  description: 'Files you uploaded (POST /files) to attach to a case study.',
})
export class AttachCaseStudyFilesInput {
  @Field(() => ID, { description: 'The case study.' })
  @Allow()
  caseStudyId!: string;

  @Field(() => [ID], {
    description: 'Your own unattached uploads (documents, or images with alt text).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  fileIds!: string[];
}

@InputType('RemoveCaseStudyAttachmentInput', { description: 'An attachment to remove.' })
export class RemoveCaseStudyAttachmentInput {
  @Field(() => ID, { description: 'The case study.' })
  @Allow()
  caseStudyId!: string;

  @Field(() => ID, { description: 'The attached file.' })
  @Allow()
  fileId!: string;
}
