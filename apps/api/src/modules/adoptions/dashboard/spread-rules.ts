import type { DashboardPeriod } from '../../../common/dashboards/dashboard-measure';
import { AdoptionStage } from '../adoption.enums';
import type { AdoptionFact } from './adoptions-dashboard.repository';

/** A published practice, with its origin ICS (null: regional practice). */
export interface PracticeFact {
  id: string;
  icsId: string | null;
  themeKeys: string[];
}

/** The adoption with the origin of the practice it adopts. */
export interface CountedAdoption extends AdoptionFact {
  originIcsId: string | null;
}

export function inPeriod(at: Date, period: DashboardPeriod | null): boolean {
  return !period || (at >= period.from && at < period.to);
}

/**
 * Adoptions of published practice (with the theme, when one is chosen),
 * declared in the period, each with its origin ICS. Adoptions of drafts or
 * of archived case studies never appear (they are not in `practice`).
 */
export function countedAdoptions(
  practice: readonly PracticeFact[],
  adoptions: readonly AdoptionFact[],
  scope: { period: DashboardPeriod | null; themeKey: string | null },
): CountedAdoption[] {
  const origin = new Map(
    practice
      .filter((p) => !scope.themeKey || p.themeKeys.includes(scope.themeKey))
      .map((p) => [p.id, p.icsId]),
  );
  return adoptions
    .filter((a) => origin.has(a.caseStudyId) && inPeriod(a.declaredAt, scope.period))
    .map((a) => ({ ...a, originIcsId: origin.get(a.caseStudyId) ?? null }));
}

/** Adopted by an organisation in an ICS other than the practice's own, and not stopped. */
export function isCrossIcs(a: CountedAdoption): boolean {
  return a.icsId !== null && a.icsId !== a.originIcsId && a.stage !== AdoptionStage.STOPPED;
}

export interface SpreadCounts {
  /** Origin ICS id → practices from there adopted in another ICS. */
  adoptedElsewhere: Map<string, number>;
  /** Adopter ICS id → adoptions there of practice from elsewhere. */
  adoptedHere: Map<string, number>;
  /** Adopter ICS id → adoptions declared. */
  declared: Map<string, number>;
  region: { adoptedElsewhere: number; adoptedHere: number; declared: number };
}

export function spreadCounts(adoptions: readonly CountedAdoption[]): SpreadCounts {
  const elsewhere = new Map<string, Set<string>>();
  const adoptedHere = new Map<string, number>();
  const declared = new Map<string, number>();
  const regionElsewhere = new Set<string>();
  let regionHere = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of adoptions) {
    if (a.icsId) bump(declared, a.icsId);
    if (!isCrossIcs(a)) continue;
    regionElsewhere.add(a.caseStudyId);
    regionHere += 1;
    bump(adoptedHere, a.icsId as string);
    if (a.originIcsId) {
      const set = elsewhere.get(a.originIcsId) ?? new Set<string>();
      set.add(a.caseStudyId);
      elsewhere.set(a.originIcsId, set);
    }
  }
  return {
    adoptedElsewhere: new Map([...elsewhere].map(([k, v]) => [k, v.size])),
    adoptedHere,
    declared,
    region: {
      adoptedElsewhere: regionElsewhere.size,
      adoptedHere: regionHere,
      declared: adoptions.length,
    },
  };
}
