import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { OutcomeImportEntity } from './outcome-import.entity';

/** One checked row of an import: the figure it would add, or why it cannot. */
@Entity('outcome_import_row')
export class OutcomeImportRowEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => OutcomeImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: OutcomeImportEntity;

  /** The row number as a spreadsheet shows it (the header is row 1). */
  @PrimaryColumn({ name: 'row_number', type: 'int' })
  rowNumber!: number;

  /** The figure, normalised (null when the row has errors). */
  @Column({ type: 'jsonb', nullable: true })
  figure!: Record<string, unknown> | null;

  /** The cells as read, for the error report. */
  @Column({ type: 'jsonb' })
  cells!: Record<string, string>;

  /** [{ column, message }]: empty when the row can be saved. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: { column: string; message: string }[];
}
