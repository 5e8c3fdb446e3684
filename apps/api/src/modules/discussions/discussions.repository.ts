import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { usersReadModel } from '../users/users.read-model';
import { UsersRepository } from '../users/users.repository';
import { CommentEntity } from './entities/comment.entity';
import { CommentRevisionEntity } from './entities/comment-revision.entity';
import { ThreadEntity } from './entities/thread.entity';
import { SubjectRegistry } from './subjects/subject-registry';

export interface ReactionCountRow {
  commentId: string;
  kind: string;
  count: number;
  reactedByMe: boolean;
}

/** All SQL for threads, comments, revisions and reactions; no business rules. */
@Injectable()
export class DiscussionsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly subjects: SubjectRegistry,
    private readonly users: UsersRepository,
  ) {}

  findThread(id: string, manager?: EntityManager): Promise<ThreadEntity | null> {
    return (manager ?? this.db.manager).getRepository(ThreadEntity).findOneBy({ id });
  }

  findThreadsByIds(ids: readonly string[]): Promise<ThreadEntity[]> {
    return this.db.getRepository(ThreadEntity).findBy({ id: In([...ids]) });
  }

  /** Whether a thread has exactly this id (any text; nothing malformed reaches a uuid cast). */
  async threadExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM thread WHERE id::text = $1', [id]);
    return rows.length > 0;
  }

  /** Titles of threads by id (followed threads in settings); malformed ids are skipped. */
  async findThreadTitles(ids: readonly string[]): Promise<{ id: string; title: string }[]> {
    if (!ids.length) return [];
    return this.db.query(
      `SELECT id::text AS id, title FROM thread WHERE id::text = ANY($1::text[])`,
      [ids],
    );
  }

  /** The thread and its author in one statement (the thread page primes the user loader with it). */
  findThreadWithAuthor(id: string): Promise<ThreadEntity | null> {
    const qb = this.db.getRepository(ThreadEntity).createQueryBuilder('t');
    return usersReadModel
      .joinUser(qb, 't.author', 'u', 't.author_id')
      .where('t.id = :id', { id })
      .getOne();
  }

  /** Locks the thread row for the rest of the transaction. */
  lockThread(manager: EntityManager, id: string): Promise<ThreadEntity | null> {
    return manager
      .getRepository(ThreadEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findThreads(
    subjectType: string,
    subjectId: string,
    limit: number,
    offset: number,
  ): Promise<[ThreadEntity[], number]> {
    return this.db.getRepository(ThreadEntity).findAndCount({
      where: { subjectType, subjectId },
      order: { pinnedAt: { direction: 'DESC', nulls: 'LAST' }, lastActivityAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  /** The thread this author started with this idempotency key, if any. */
  findThreadByClientKey(
    authorId: string,
    clientKey: string,
    manager?: EntityManager,
  ): Promise<ThreadEntity | null> {
    return (manager ?? this.db.manager)
      .getRepository(ThreadEntity)
      .findOneBy({ authorId, clientKey });
  }

  findComment(id: string, manager?: EntityManager): Promise<CommentEntity | null> {
    return (manager ?? this.db.manager).getRepository(CommentEntity).findOneBy({ id });
  }

  findCommentsByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.db.getRepository(CommentEntity).findBy({ id: In([...ids]) });
  }

  /** One page of a thread's comments in posting order (one statement). */
  findCommentsPage(threadId: string, limit: number, offset: number): Promise<CommentEntity[]> {
    return this.db.getRepository(CommentEntity).find({
      where: { threadId },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  findRevisionsByCommentIds(ids: readonly string[]): Promise<CommentRevisionEntity[]> {
    return this.db
      .getRepository(CommentRevisionEntity)
      .find({ where: { commentId: In([...ids]) }, order: { createdAt: 'DESC' } });
  }

  /**
   * Minutes from each thread's start to the first comment by an owner of its
   * subject (the originator): whoever the subject's provider names as owner,
   * or a verified member of the owning organisation. One statement for any
   * number of threads: the owners come from the providers' read model
   * (`SubjectRegistry.ownersSql`) and the commenters from users' read model,
   * so no other module's table is named here.
   */
  async originatorReplyMinutes(
    threadIds: readonly string[],
  ): Promise<{ threadId: string; minutes: number }[]> {
    const owners = this.subjects.ownersSql();
    if (!owners || !threadIds.length) return [];
    const rows: { thread_id: string; minutes: string }[] = await this.db.query(
      `SELECT t.id AS thread_id,
              ceil(extract(epoch FROM min(c.created_at) - t.created_at) / 60) AS minutes
         FROM thread t
         JOIN (${owners}) s
           ON s.subject_type = t.subject_type AND s.subject_key = split_part(t.subject_id, ':', 1)
         JOIN comment c ON c.thread_id = t.id AND c.deleted_at IS NULL AND c.author_id <> t.author_id
         JOIN ${usersReadModel.people} u ON u.id = c.author_id
        WHERE t.id = ANY($1::uuid[])
          AND (u.id = s.owner_id OR (u.organisation_id = s.owner_org AND u.verified_member))
        GROUP BY t.id, t.created_at`,
      [[...threadIds]],
    );
    return rows.map((r) => ({ threadId: r.thread_id, minutes: Math.max(0, Number(r.minutes)) }));
  }

  /** Reaction counts per comment and kind, with whether the viewer reacted (one statement). */
  async reactionCounts(
    commentIds: readonly string[],
    viewerId: string | null,
  ): Promise<ReactionCountRow[]> {
    const rows: { comment_id: string; kind: string; count: string; mine: boolean }[] =
      await this.db.query(
        `SELECT comment_id, kind, count(*) AS count, bool_or(user_id = $2::uuid) AS mine
         FROM comment_reaction WHERE comment_id = ANY($1::uuid[])
        GROUP BY comment_id, kind ORDER BY comment_id, kind`,
        [[...commentIds], viewerId],
      );
    return rows.map((r) => ({
      commentId: r.comment_id,
      kind: r.kind,
      count: Number(r.count),
      reactedByMe: !!r.mine,
    }));
  }

  insertThread(manager: EntityManager, values: Partial<ThreadEntity>): Promise<ThreadEntity> {
    return manager.save(ThreadEntity, manager.create(ThreadEntity, values));
  }

  async insertComment(
    manager: EntityManager,
    values: Partial<CommentEntity>,
  ): Promise<CommentEntity> {
    const saved = await manager.save(CommentEntity, manager.create(CommentEntity, values));
    await manager.query(
      `UPDATE thread SET comment_count = comment_count + 1, last_activity_at = now() WHERE id = $1`,
      [values.threadId],
    );
    return saved;
  }

  async updateCommentBody(
    manager: EntityManager,
    comment: CommentEntity,
    body: string,
    bodyHtml: string,
    editorId: string,
  ): Promise<void> {
    await manager.insert(CommentRevisionEntity, {
      commentId: comment.id,
      body: comment.body,
      bodyHtml: comment.bodyHtml,
      editedById: editorId,
    });
    await manager.update(
      CommentEntity,
      { id: comment.id },
      { body, bodyHtml, editedAt: new Date() },
    );
  }

  /** Locks the comment row for the rest of the transaction. */
  async lockComment(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM comment WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Hides the comment with a reason, or restores it (reason null). */
  async setHidden(manager: EntityManager, id: string, reason: string | null): Promise<void> {
    await manager.query(
      reason === null
        ? `UPDATE comment SET hidden_at = NULL, hidden_reason = NULL, updated_at = now() WHERE id = $1`
        : `UPDATE comment SET hidden_at = now(), hidden_reason = $2, updated_at = now() WHERE id = $1`,
      reason === null ? [id] : [id, reason],
    );
  }

  async softDelete(id: string): Promise<void> {
    await this.db.getRepository(CommentEntity).update({ id }, { deletedAt: new Date() });
  }

  async setReaction(
    commentId: string,
    userId: string,
    kind: string,
    active: boolean,
  ): Promise<void> {
    if (active) {
      await this.db.query(
        `INSERT INTO comment_reaction (comment_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [commentId, userId, kind],
      );
    } else {
      await this.db.query(
        `DELETE FROM comment_reaction WHERE comment_id = $1 AND user_id = $2 AND kind = $3`,
        [commentId, userId, kind],
      );
    }
  }

  async updateThread(id: string, values: Partial<ThreadEntity>): Promise<void> {
    await this.db.getRepository(ThreadEntity).update({ id }, values);
  }

  /** Until when the person may not post (people are the users module's: read through its repository). */
  async authorSuspendedUntil(userId: string): Promise<Date | null> {
    return (await this.users.findById(userId))?.suspendedUntil ?? null;
  }

  /** Names for quoting and emails. */
  async userName(userId: string): Promise<string> {
    return (await this.users.findById(userId))?.name ?? 'Someone';
  }

  async existingUserIds(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    return (await this.users.findByIds(ids)).map((u) => u.id);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
