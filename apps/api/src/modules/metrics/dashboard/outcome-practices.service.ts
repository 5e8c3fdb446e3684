import { Injectable } from '@nestjs/common';

import { AdoptionsRepository } from '../../adoptions/adoptions.repository';
import { CaseStudiesRepository } from '../../case-studies/case-studies.repository';
import { DirectoryRepository } from '../../directory/directory.repository';
import type { PracticeRef } from './outcome-aggregation';

/**
 * The practice whose outcome figures count on dashboards: published case
 * studies (for their ICS) and adoptions of them (for the adopter's ICS),
 * read through the case studies', adoptions' and directory's repositories.
 * Three statements, whatever the number of case studies.
 */
@Injectable()
export class OutcomePracticesService {
  constructor(
    private readonly caseStudies: CaseStudiesRepository,
    private readonly adoptions: AdoptionsRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async practices(themeKey: string | null): Promise<Map<string, PracticeRef>> {
    const [caseStudies, adoptions] = await Promise.all([
      this.caseStudies.publishedPracticeRefs(themeKey),
      this.adoptions.practiceRefs(),
    ]);
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
