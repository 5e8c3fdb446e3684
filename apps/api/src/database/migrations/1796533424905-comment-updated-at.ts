import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `comment.updated_at`: when a comment last changed in any way (posted,
 * edited, hidden, restored, removed), so the search sweep sees a restore
 * (which clears hidden_at and so left no trace before). Existing rows get
 * the latest of the times they already carry.
 */
export class CommentUpdatedAt1796533424905 implements MigrationInterface {
  name = 'CommentUpdatedAt1796533424905';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "comment" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
    await queryRunner.query(
      'UPDATE "comment" SET "updated_at" = greatest("created_at", "edited_at", "deleted_at", "hidden_at")',
    );
    await queryRunner.query('CREATE INDEX "ix_comment_updated" ON "comment" ("updated_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_comment_updated"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "updated_at"');
  }
}
