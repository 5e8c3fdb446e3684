import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';

/**
 * Threads and comments they wrote, their edits, and their reactions. As on
 * Discourse, comments keep their text under "Former member" (the author link
 * stays on the anonymised account); reactions are removed; mentions of their
 * name in others' comments are left as written.
 */
@PersonalDataSource({
  feature: 'discussions',
  tables: ['thread', 'comment', 'comment_revision', 'comment_reaction'],
})
@Injectable()
export class DiscussionsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const threads = await this.db.query(
      `SELECT id, subject_type AS "subjectType", subject_id AS "subjectId", title, created_at AS "createdAt" FROM thread WHERE author_id = $1 ORDER BY created_at`,
      [id],
    );
    const comments = await this.db.query(
      `SELECT id, thread_id AS "threadId", parent_id AS "parentId", body, created_at AS "createdAt", edited_at AS "editedAt", deleted_at AS "deletedAt", hidden_at AS "hiddenAt" FROM comment WHERE author_id = $1 ORDER BY created_at`,
      [id],
    );
    const revisions = await this.db.query(
      `SELECT id, comment_id AS "commentId", body, created_at AS "createdAt" FROM comment_revision WHERE edited_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const reactions = await this.db.query(
      `SELECT comment_id AS "commentId", kind, created_at AS "createdAt" FROM comment_reaction WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    return [
      { file: 'comments.json', data: { threads, comments, revisions } },
      { file: 'reactions.json', data: reactions },
    ];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    await manager.query(`DELETE FROM comment_reaction WHERE user_id = $1`, [id]);
  }
}
