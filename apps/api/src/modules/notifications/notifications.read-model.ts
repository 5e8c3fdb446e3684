/**
 * The notifications' read model for other modules' statements (house style
 * §4, "Tables have one owner"): SQL they compose into their own statement,
 * so `notification` is named only in the notifications module. Writes go
 * through `NotificationsService` (`notify`, `markEmailed`).
 *
 * The relation is a plain sub-select: PostgreSQL pulls it up into the
 * caller's statement (a locking clause on the caller's statement locks its
 * `notification` rows). Functions take SQL expressions (a bound parameter or
 * a column of the caller's statement), never values.
 */
export const notificationsReadModel = {
  /**
   * Notifications neither read nor emailed yet, as a relation: `id`,
   * `user_id`, `kind`, `title`, `body`, `link`, `subject_type`,
   * `subject_id`, `created_at`.
   */
  awaitingEmail: `(SELECT id, user_id, kind, title, body, link, subject_type, subject_id, created_at
                     FROM notification WHERE read_at IS NULL AND emailed_at IS NULL)`,

  /** Whether `userId` has been notified (ever) with `kind` about the subject (a predicate). */
  notified: (userId: string, kind: string, subjectType: string, subjectId: string): string =>
    `EXISTS (SELECT 1 FROM notification n WHERE n.user_id = ${userId} AND n.kind = ${kind}
                AND n.subject_type = ${subjectType} AND n.subject_id = ${subjectId})`,
} as const;
