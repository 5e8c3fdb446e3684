import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '../../../users/entities/user.entity';
import { SsoConnectionEntity } from './sso-connection.entity';

/** A person's account at a connection's provider (its `sub`), linked to their account here. */
@Entity('user_sso_identity')
@Index('uq_user_sso_identity_subject', ['connectionId', 'subject'], { unique: true })
@Index('uq_user_sso_identity_user', ['connectionId', 'userId'], { unique: true })
export class UserSsoIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_user_sso_identity_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId!: string;

  @ManyToOne(() => SsoConnectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: SsoConnectionEntity;

  @Column({ type: 'varchar', length: 255 })
  subject!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;
}
