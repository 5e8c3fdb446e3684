import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('File', { description: 'An uploaded file (type detected from its content).' })
export class FileModel {
  @Field(() => ID, { description: 'Internal id (reference it from mutations).' })
  id!: string;

  @Field(() => String, { description: 'The name it was uploaded with.' })
  name!: string;

  @Field(() => String, { description: 'Detected content type.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes!: number;

  @Field(() => String, { nullable: true, description: 'Alternative text (images only).' })
  altText!: string | null;

  @Field(() => String, {
    description: 'Download path on the API (GET, signed-in members with access).',
  })
  downloadPath!: string;
}
