import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface ToolkitSectionData {
  key: string;
  title: string;
  body: string;
}

export interface AssessmentQuestionData {
  key: string;
  label: string;
  /** SCALE (1..5), CHOICE (one of options) or TEXT. */
  type: 'SCALE' | 'CHOICE' | 'TEXT';
  options?: string[];
}

export interface AssessmentFormData {
  sections: { key: string; title: string; questions: AssessmentQuestionData[] }[];
}

/** An immutable published version of a toolkit. */
@Entity('toolkit_version')
@Index('uq_toolkit_version_number', ['toolkitId', 'number'], { unique: true })
export class ToolkitVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'toolkit_id', type: 'uuid' })
  toolkitId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  changelog!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sections!: ToolkitSectionData[];

  /** A fillable assessment form, when the toolkit has one. */
  @Column({ type: 'jsonb', nullable: true })
  form!: AssessmentFormData | null;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById!: string | null;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
