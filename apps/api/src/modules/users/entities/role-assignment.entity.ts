import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { Role } from '@mic/shared-util';

import { IcsEntity } from '../../directory/entities/ics.entity';
import { UserEntity } from './user.entity';

/** A role held by a user; ICS_ADMIN carries the ICS it is scoped to. */
@Entity('role_assignment')
@Index('uq_role_assignment', ['userId', 'role', 'scopeKey'], { unique: true })
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_role_assignment_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Column({ name: 'ics_id', type: 'uuid', nullable: true })
  icsId!: string | null;

  @ManyToOne(() => IcsEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'ics_id' })
  ics?: IcsEntity | null;

  /** ICS id or '' so the unique index also covers unscoped roles. */
  @Column({ name: 'scope_key', type: 'varchar', length: 36, default: '' })
  scopeKey!: string;

  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
