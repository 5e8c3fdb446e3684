import { Injectable } from '@nestjs/common';

import { AdoptionsRepository } from '../../adoptions/adoptions.repository';
import { PracticeReadModel } from '../../case-studies/dashboard/practice.read-model';
import { DirectoryRepository } from '../../directory/directory.repository';
import type { PracticeRef } from './outcome-aggregation';

/**
 * The practice whose outcome figures count on dashboards: published case
 * studies (for their ICS) and adoptions of them (for the adopter's ICS),
 * read through the case studies', adoptions' and directory's repositories.
 * Four statements, whatever the number of case studies.
 */
@Injectable()
export class OutcomePracticesService {
  constructor(
    private readonly caseStudies: PracticeReadModel,
    private readonly adoptions: AdoptionsRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Reads in flight, by theme: the measures and the sections of one dashboard share them. */
  private readonly inFlight = new Map<string, Promise<Map<string, PracticeRef>>>();

  /** Coalesces concurrent reads of the same theme into one (they would return the same rows). */
  practices(themeKey: string | null): Promise<Map<string, PracticeRef>> {
    const key = themeKey ?? '';
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const read = this.read(themeKey).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, read);
    return read;
  }

  /** Lean reads in flight, by theme. */
  private readonly icsInFlight = new Map<string, Promise<Map<string, string | null>>>();

  /**
   * The same practice as `practices`, as practice key → the ICS it counts for
   * (null: the region only), without titles: what totals need. Three
   * statements; concurrent reads of a theme are shared.
   */
  practiceIcss(themeKey: string | null): Promise<Map<string, string | null>> {
    const key = themeKey ?? '';
    const pending = this.icsInFlight.get(key);
    if (pending) return pending;
    const read = this.readIcss(themeKey).finally(() => this.icsInFlight.delete(key));
    this.icsInFlight.set(key, read);
    return read;
  }

  private async readIcss(themeKey: string | null): Promise<Map<string, string | null>> {
    const [published, adoptions, icss] = await Promise.all([
      this.caseStudies.publishedOrigins(themeKey),
      this.adoptions.adopterIcss(),
      this.directory.findAllIcss(),
    ]);
    const odsById = new Map(icss.map((i) => [i.id, i.odsCode]));
    const out = new Map<string, string | null>();
    for (const c of published)
      out.set(`cs:${c.id}`, c.icsId ? (odsById.get(c.icsId) ?? null) : null);
    for (const a of adoptions) {
      if (out.has(`cs:${a.caseStudyId}`)) out.set(`ad:${a.id}`, a.icsOdsCode);
    }
    return out;
  }

  private async read(themeKey: string | null): Promise<Map<string, PracticeRef>> {
    const [published, adoptions, icss] = await Promise.all([
      this.caseStudies.published(),
      this.adoptions.practiceRefs(),
      this.directory.findAllIcss(),
    ]);
    const odsById = new Map(icss.map((i) => [i.id, i.odsCode]));
    const caseStudies = published
      .filter((c) => !themeKey || c.themeKeys.includes(themeKey))
      .map((c) => ({ ...c, icsOdsCode: c.icsId ? (odsById.get(c.icsId) ?? null) : null }));
    const counted = new Set(caseStudies.map((c) => c.id));
    const adoptionsCounted = adoptions.filter((a) => counted.has(a.caseStudyId));
    const organisations = new Map(
      (
        await this.directory.findOrganisationsByIds([
          ...new Set(adoptionsCounted.map((a) => a.organisationId)),
        ])
      ).map((o) => [o.id, o.name]),
    );
    const out = new Map<string, PracticeRef>();
    for (const c of caseStudies) {
      out.set(`cs:${c.id}`, {
        key: `cs:${c.id}`,
        title: c.title,
        url: `/case-studies/${c.slug}`,
        icsOdsCode: c.icsOdsCode,
      });
    }
    for (const a of adoptionsCounted) {
      const adopter = organisations.get(a.organisationId) ?? 'An adopting organisation';
      out.set(`ad:${a.id}`, {
        key: `ad:${a.id}`,
        title: `${a.caseStudyTitle}, adopted by ${adopter}`,
        url: `/adoptions/${a.id}`,
        icsOdsCode: a.icsOdsCode,
      });
    }
    return out;
  }
}
