import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { canEditAdoption } from '../adoptions/adoptions.policy';
import { AdoptionsService } from '../adoptions/adoptions.service';
import { AuditService } from '../audit/audit.service';
import { CaseStudiesService } from '../case-studies/case-studies.service';
import { canEditCaseStudy } from '../case-studies/case-studies.policy';
import type { MetricEntity } from './entities/metric.entity';
import type { OutcomeMeasurementEntity } from './entities/outcome-measurement.entity';
import type {
  AddOutcomeMeasurementInput,
  CorrectOutcomeMeasurementInput,
  RemoveOutcomeMeasurementInput,
  UpsertMetricInput,
} from './graphql/metric.inputs';
import { MetricsException, MetricsErrorCode as Code } from './metrics.exception';
import { MetricsRepository } from './metrics.repository';

/** What a new figure and a correction both give. */
type MeasuredInput = Pick<
  AddOutcomeMeasurementInput & CorrectOutcomeMeasurementInput,
  | 'value'
  | 'baseline'
  | 'qualifier'
  | 'measuredOn'
  | 'cumulative'
  | 'periodStart'
  | 'sourceTitle'
  | 'sourceUrl'
  | 'note'
>;

/**
 * A figure's values as stored (text trimmed, blanks null), for a new figure
 * and a correction alike: SOURCE_REQUIRED without a source title or URL,
 * BAD_PERIOD when the period starts after the measurement date.
 */
function measuredValues(input: MeasuredInput) {
  if (!input.sourceUrl?.trim() && !input.sourceTitle?.trim())
    throw new MetricsException(Code.SourceRequired);
  if (input.periodStart && input.periodStart > input.measuredOn)
    throw new MetricsException(Code.BadPeriod);
  return {
    value: input.value,
    baseline: input.baseline ?? null,
    qualifier: input.qualifier?.trim() || null,
    measuredOn: input.measuredOn,
    cumulative: input.cumulative ?? false,
    periodStart: input.periodStart ?? null,
    sourceTitle: input.sourceTitle?.trim() || null,
    sourceUrl: input.sourceUrl?.trim() || null,
    note: input.note?.trim() || null,
  };
}

@Injectable()
export class MetricsService {
  constructor(
    private readonly repo: MetricsRepository,
    private readonly caseStudies: CaseStudiesService,
    private readonly adoptions: AdoptionsService,
    private readonly audit: AuditService,
  ) {}

  metrics(): Promise<MetricEntity[]> {
    return this.repo.findMetrics();
  }

  /** Adds or changes a dictionary entry (regional admins), audited with what it was and became. */
  async upsertMetric(actor: AuthUser, input: UpsertMetricInput): Promise<MetricEntity> {
    const before = await this.repo.findMetric(input.key);
    const saved = await this.repo.upsertMetric({
      key: input.key,
      label: input.label.trim(),
      unit: input.unit.trim(),
      definition: input.definition.trim(),
      direction: input.direction,
      perPopulation: input.perPopulation ?? false,
      themeKey: input.themeKey ?? null,
    });
    const fields = (m: MetricEntity) => ({
      label: m.label,
      unit: m.unit,
      definition: m.definition,
      direction: m.direction,
      perPopulation: m.perPopulation,
      themeKey: m.themeKey,
    });
    await this.audit.record({
      actorId: actor.id,
      actor,
      action: before ? 'metric.updated' : 'metric.created',
      targetType: 'metric',
      targetId: saved.key,
      before: before ? fields(before) : null,
      after: fields(saved),
    });
    return saved;
  }

  /** Adds a dated, sourced value to a case study's or an adoption's series (their editors only). */
  async addMeasurement(
    actor: AuthUser,
    input: AddOutcomeMeasurementInput,
  ): Promise<OutcomeMeasurementEntity> {
    if (!!input.caseStudyId === !!input.adoptionId) throw new MetricsException(Code.OneTarget);
    const values = measuredValues(input);
    await this.assertCanEdit(actor, {
      caseStudyId: input.caseStudyId ?? null,
      adoptionId: input.adoptionId ?? null,
    });
    const metric = await this.repo.findMetric(input.metricKey);
    if (!metric) throw new MetricsException(Code.UnknownMetric);
    const saved = await this.repo.insertMeasurement({
      caseStudyId: input.caseStudyId ?? null,
      adoptionId: input.adoptionId ?? null,
      metricKey: metric.key,
      ...values,
      createdById: actor.id,
    });
    saved.metric = metric;
    return saved;
  }

  /** Replaces a current figure with a corrected one (its editors only); the old one stays in the history. */
  async correctMeasurement(
    actor: AuthUser,
    input: CorrectOutcomeMeasurementInput,
  ): Promise<OutcomeMeasurementEntity> {
    const old = await this.editableMeasurement(actor, input.id);
    const values = measuredValues(input);
    if (old.supersededAt || old.removedAt) throw new MetricsException(Code.NotCurrent);
    const saved = await this.repo.correctMeasurement(old.id, {
      caseStudyId: old.caseStudyId,
      adoptionId: old.adoptionId,
      metricKey: old.metricKey,
      ...values,
      correctionReason: input.reason?.trim() || null,
      createdById: actor.id,
    });
    if (!saved) throw new MetricsException(Code.NotCurrent);
    saved.metric = old.metric;
    return saved;
  }

  /** Removes a current figure (its editors only): kept, with who and why, but no longer counted. */
  async removeMeasurement(
    actor: AuthUser,
    input: RemoveOutcomeMeasurementInput,
  ): Promise<OutcomeMeasurementEntity> {
    const reason = input.reason.trim();
    if (!reason) throw new MetricsException(Code.ReasonRequired);
    const old = await this.editableMeasurement(actor, input.id);
    if (old.supersededAt || old.removedAt) throw new MetricsException(Code.NotCurrent);
    if (!(await this.repo.removeMeasurement(old.id, actor.id, reason)))
      throw new MetricsException(Code.NotCurrent);
    const removed = await this.repo.findMeasurementById(old.id);
    if (!removed) throw new MetricsException(Code.MeasurementNotFound);
    return removed;
  }

  /** A figure the actor may change: NOT_FOUND if unknown or its owner is invisible, FORBIDDEN if not an editor. */
  private async editableMeasurement(
    actor: AuthUser,
    id: string,
  ): Promise<OutcomeMeasurementEntity> {
    const m = await this.repo.findMeasurementById(id);
    if (!m) throw new MetricsException(Code.MeasurementNotFound);
    await this.assertCanEdit(actor, m);
    return m;
  }

  /**
   * The actor edits the case study's (or adoption's) figures: NOT_FOUND (from
   * the owner's service) when they cannot see it, FORBIDDEN when not an editor.
   */
  async assertCanEdit(
    actor: AuthUser,
    target: { caseStudyId: string | null; adoptionId: string | null },
  ): Promise<void> {
    if (target.caseStudyId) {
      const cs = await this.caseStudies.visibleById(actor, target.caseStudyId);
      if (!canEditCaseStudy(actor, cs)) throw new MetricsException(Code.NotEditor);
    } else {
      const adoption = await this.adoptions.byId(actor, target.adoptionId as string);
      if (!canEditAdoption(actor, adoption)) throw new MetricsException(Code.NotEditor);
    }
  }
}
