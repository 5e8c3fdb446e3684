import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UploadPolicy', {
  description: 'What an upload may be, shown next to every upload form before a file is chosen.',
})
export class UploadPolicyModel {
  @Field(() => Int, { description: 'Largest file accepted, in bytes.' })
  maxBytes!: number;

  @Field(() => [String], {
    description: 'File extensions accepted (the content must match; checked on upload).',
  })
  allowedExtensions!: string[];

  @Field(() => Boolean, {
    description:
      'Whether uploads are scanned for viruses. When false, say so next to uploads and downloads ("Files are not virus-scanned").',
  })
  virusScanned!: boolean;
}
