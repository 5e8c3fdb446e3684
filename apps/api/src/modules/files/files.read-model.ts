/**
 * The files module's read model for other modules' statements (house style
 * §4, "Tables have one owner"): SQL they compose into their own statement,
 * so the files module's table names appear only here and in its repository.
 * A plain sub-select: PostgreSQL pulls it up into the caller's statement, so
 * the plan is the one a direct join would get.
 */
export const filesReadModel = {
  /**
   * Downloads, as a relation: `user_id` (who downloaded) and the downloaded
   * file's `owner_type` and `owner_id` (what it is attached to, e.g.
   * `TOOLKIT_VERSION` and the version's id).
   */
  downloads: `(SELECT d.user_id, f.owner_type, f.owner_id
                 FROM file_download d JOIN stored_file f ON f.id = d.file_id)`,
} as const;
