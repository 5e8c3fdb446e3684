import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Admin, moderation, approval, export and sign-in actions: who did what to
 * what, and when. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE
 * (migration `audit-log-append-only`).
 */
@Entity('audit_log')
@Index('ix_audit_log_target', ['targetType', 'targetId'])
@Index('ix_audit_log_actor', ['actorId', 'id'])
@Index('ix_audit_log_ics_ids', { synchronize: false })
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 60 })
  targetType!: string;

  @Column({ name: 'target_id', type: 'varchar', length: 80 })
  targetId!: string;

  /** Free-form facts; a change keeps `before` and `after` here. Never a password, token, name or email. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  /** The HTTP request that wrote the entry (`x-request-id`), when there was one. */
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  /** The ICSs whose admins may read the entry (the actor's and the target's), fixed at write time. */
  @Column({ name: 'ics_ids', type: 'uuid', array: true, default: () => "'{}'" })
  icsIds!: string[];

  @Index('ix_audit_log_created')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
