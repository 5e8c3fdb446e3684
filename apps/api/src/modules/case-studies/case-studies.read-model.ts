/**
 * The case studies' read model for other modules' statements (house style
 * §4, "Tables have one owner"): SQL they compose into their own statement,
 * so `case_study` is named only in the case-studies module and the meaning of
 * "published" stays here. A plain sub-select: PostgreSQL pulls it up into the
 * caller's statement, so the plan is the one a direct join would get.
 * (`dashboard/practice.read-model.ts` is the read model that runs its own
 * statement, for dashboards.)
 */
export const caseStudiesReadModel = {
  /** Published case studies (never drafts, submitted or archived), as a relation: `id`, `slug`, `title`. */
  published: `(SELECT id, slug, title FROM case_study WHERE status = 'PUBLISHED')`,
} as const;
