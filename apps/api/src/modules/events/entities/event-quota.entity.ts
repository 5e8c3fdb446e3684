import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { EventEntity } from './event.entity';

export type QuotaKind = 'ICS' | 'ORGANISATION_TYPE';

/** Places guaranteed to one ICS or organisation type; the rest of capacity is open. */
@Entity('event_quota')
@Index('uq_event_quota', ['eventId', 'kind', 'key'], { unique: true })
export class EventQuotaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: QuotaKind;

  /** ICS ODS code or organisation type key. */
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'integer' })
  places!: number;
}
