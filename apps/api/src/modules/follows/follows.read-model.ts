/**
 * The follows module's read model for other modules' statements (house
 * style §4, "Tables have one owner"): SQL they compose into their own
 * statement, so `follow` is named only in the follows module and what
 * following and muting mean stays here. Its own part in apps/api/parts.json
 * (`follows-read-model`, importing nothing), like the discussion-subject
 * contract, so lower parts (toolkits) may use it without importing
 * discussions.
 *
 * The functions take SQL expressions (a bound parameter such as `$1::text`,
 * a literal such as `'TOOLKIT'`, or a column of the caller's statement),
 * never values.
 */
export const followsReadModel = {
  /** People following the target and not muting it, as a relation: `user_id`. */
  followers: (targetType: string, targetId: string): string =>
    `(SELECT user_id FROM follow
       WHERE target_type = ${targetType} AND target_id = ${targetId} AND level <> 'MUTED')`,

  /** Whether `userId` muted the target (a predicate). */
  muted: (userId: string, targetType: string, targetId: string): string =>
    `EXISTS (SELECT 1 FROM follow m WHERE m.user_id = ${userId} AND m.level = 'MUTED'
                AND m.target_type = ${targetType} AND m.target_id = ${targetId})`,
} as const;
