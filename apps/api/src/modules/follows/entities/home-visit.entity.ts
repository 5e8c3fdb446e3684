import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When a person last looked at their home feed, for "new since your last
 * visit": items newer than `previousVisitAt` are marked new. A visit within
 * 30 minutes of the last one continues it (a reload marks nothing as seen).
 */
@Entity('home_visit')
export class HomeVisitEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The latest view of the home feed. */
  @Column({ name: 'last_visit_at', type: 'timestamptz' })
  lastVisitAt!: Date;

  /** The view before the current visit began (null: first visit). */
  @Column({ name: 'previous_visit_at', type: 'timestamptz', nullable: true })
  previousVisitAt!: Date | null;
}
