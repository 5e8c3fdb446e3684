import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

@InputType('AttachCaseStudyFilesInput', {
  description: 'Files you uploaded (POST /files) to attach to a case study.',
})
export class AttachCaseStudyFilesInput {
  @Field(() => ID, { description: 'The case study.' })
  @IsUUID()
  caseStudyId!: string;

  @Field(() => [ID], {
    description: 'Your own unattached uploads (documents, or images with alt text).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  fileIds!: string[];
}

@InputType('RemoveCaseStudyAttachmentInput', { description: 'An attachment to remove.' })
export class RemoveCaseStudyAttachmentInput {
  @Field(() => ID, { description: 'The case study.' })
  @IsUUID()
  caseStudyId!: string;

  @Field(() => ID, { description: 'The attached file.' })
  @IsUUID()
  fileId!: string;
}
