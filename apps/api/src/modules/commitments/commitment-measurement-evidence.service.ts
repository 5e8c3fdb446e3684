import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { DomainException } from '../../common/errors/domain.exception';
import { AdoptionsService } from '../adoptions/adoptions.service';
import { CaseStudiesService } from '../case-studies/case-studies.service';
import { CaseStudyStatus } from '../case-studies/case-study.enums';
import { DirectoryRepository } from '../directory/directory.repository';
import { MetricsRepository } from '../metrics/metrics.repository';
import { describeMeasurement } from './commitment-evidence.describe';
import { canCiteAdoptionFigure } from './commitments.policy';

/** A measurement cited as evidence: what the page shows and where it links. */
export interface CitedMeasurement {
  id: string;
  title: string;
  url: string;
}

/**
 * Outcome figures an updater may cite: a current figure of a published case
 * study they can see, or of an adoption in their own ICS (see
 * `canCiteAdoptionFigure`). Commitments are public, so a draft's figures
 * never qualify. Null when the figure does not qualify (or does not exist).
 */
@Injectable()
export class CommitmentMeasurementEvidence {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly caseStudies: CaseStudiesService,
    private readonly adoptions: AdoptionsService,
    private readonly directory: DirectoryRepository,
  ) {}

  async cite(actor: AuthUser, measurementId: string): Promise<CitedMeasurement | null> {
    const m = await this.metrics.findMeasurementById(measurementId);
    if (!m || m.supersededAt || m.removedAt) return null;
    const title = describeMeasurement({
      value: m.value,
      qualifier: m.qualifier,
      cumulative: m.cumulative,
      measuredOn: m.measuredOn,
      periodStart: m.periodStart,
      sourceTitle: m.sourceTitle,
      sourceUrl: m.sourceUrl,
      metricLabel: m.metric?.label ?? m.metricKey,
      unit: m.metric?.unit ?? '',
    });
    try {
      if (m.caseStudyId) {
        const cs = await this.caseStudies.visibleById(actor, m.caseStudyId);
        if (cs.status !== CaseStudyStatus.PUBLISHED) return null;
        return { id: m.id, title, url: `/case-studies/${cs.slug}` };
      }
      const adoption = await this.adoptions.byId(actor, m.adoptionId as string);
      const own = actor.organisationId
        ? (await this.directory.findIcsLinks([actor.organisationId])).map((l) => l.icsId)
        : [];
      if (!canCiteAdoptionFigure(actor, adoption, own)) return null;
      return { id: m.id, title, url: `/adoptions/${adoption.id}#outcomes` };
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }
}
