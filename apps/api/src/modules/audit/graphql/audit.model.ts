import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEntry', {
  description: 'One entry of the audit log: who did what to what, and when.',
})
export class AuditEntryModel {
  @Field(() => ID, { description: 'Id (entries are numbered in the order they were written).' })
  id!: string;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Who did it (null: the system or someone not signed in).',
  })
  actorId!: string | null;

  @Field(() => String, { description: 'What was done, e.g. role.granted.' })
  action!: string;

  @Field(() => String, { description: 'The readable label of the action, e.g. "Role granted".' })
  actionLabel!: string;

  @Field(() => String, { description: 'What kind of thing it was done to, e.g. user.' })
  targetType!: string;

  @Field(() => String, { description: 'The id of what it was done to.' })
  targetId!: string;

  @Field(() => String, {
    description: 'A one-line summary of the details and of what changed (before → after).',
  })
  summary!: string;

  @Field(() => String, {
    description: 'The recorded details as JSON (a change keeps "before" and "after").',
  })
  detailsJson!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The id of the HTTP request that wrote it (x-request-id).',
  })
  requestId!: string | null;

  @Field(() => [ID], { description: 'The ICSs whose admins may read it.' })
  icsIds!: string[];
}

@ObjectType('AuditEntryEdge', { description: 'An entry in a page of the audit log.' })
export class AuditEntryEdge {
  @Field(() => AuditEntryModel, { description: 'The entry.' })
  node!: AuditEntryModel;

  @Field(() => String, { description: 'Opaque cursor of this entry.' })
  cursor!: string;
}

@ObjectType('AuditPageInfo', {
  description: 'Where a page of the audit log sits (keyset pages, newest first).',
})
export class AuditPageInfo {
  @Field(() => Boolean, {
    description: 'Whether older entries follow this page (pass endCursor as after).',
  })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last (oldest) entry of this page.',
  })
  endCursor!: string | null;

  @Field(() => Boolean, {
    description: 'Whether newer entries precede this page (pass startCursor as before).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first (newest) entry of this page.',
  })
  startCursor!: string | null;
}

@ObjectType('AuditEntryConnection', { description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries in this page.' })
  edges!: AuditEntryEdge[];

  @Field(() => AuditPageInfo, { description: 'Where this page sits.' })
  pageInfo!: AuditPageInfo;

  @Field(() => Int, {
    description: 'How many entries match the filter in all (within what you may see).',
  })
  totalCount!: number;
}

@ObjectType('AuditActionOption', {
  description: 'An action some feature records in the audit log.',
})
export class AuditActionOptionModel {
  @Field(() => String, { description: 'The action, e.g. role.granted.' })
  action!: string;

  @Field(() => String, { description: 'Its readable label.' })
  label!: string;

  @Field(() => String, { description: 'The target type its entries have.' })
  targetType!: string;

  @Field(() => String, { description: 'The feature that records it.' })
  feature!: string;
}
