/**
 * The directory's read model: what other modules' statements may read of
 * ICSs, organisations and themes, as SQL they compose into their own
 * statement (house style §4, "Tables have one owner"). The directory's
 * table names appear only in the directory module; a caller depends on the
 * columns listed here.
 *
 * Relations are plain sub-selects (PostgreSQL pulls them up into the
 * caller's statement, so the plan is the one a direct join would get).
 * Functions take SQL expressions (a bound parameter such as `$2` or `:ods`,
 * or a column of the caller's statement), never values.
 */
export const directoryReadModel = {
  /** ICSs, as a relation: `id`, `ods_code`, `name`. */
  icss: `(SELECT id, ods_code, name FROM ics)`,

  /** The id of the ICS with the ODS code `odsCode` (a scalar sub-select: null when there is none). */
  icsIdByOdsCode: (odsCode: string): string =>
    `(SELECT i.id FROM ics i WHERE i.ods_code = ${odsCode})`,

  /** Themes, as a relation: `key`, `label`, `sort_order`. */
  themes: `(SELECT key, label, sort_order FROM theme)`,

  /** Organisations, as a relation: `id`, `name`, `email_domains` (text[]). */
  organisations: `(SELECT id, name, email_domains FROM organisation)`,

  /** Whether the organisation `organisationId` is linked to any ICS in `icsIds` (a uuid[] expression). */
  organisationInAnyIcs: (organisationId: string, icsIds: string): string =>
    `EXISTS (SELECT 1 FROM organisation_ics oi
              WHERE oi.organisation_id = ${organisationId} AND oi.ics_id = ANY(${icsIds}))`,
} as const;
