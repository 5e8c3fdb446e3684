import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { MetricEntity } from './entities/metric.entity';
import { OutcomeMeasurementEntity } from './entities/outcome-measurement.entity';

/** All SQL for the metric dictionary and outcome measurements. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findMetrics(): Promise<MetricEntity[]> {
    return this.db.getRepository(MetricEntity).find({ order: { sortOrder: 'ASC', label: 'ASC' } });
  }

  findMetric(key: string): Promise<MetricEntity | null> {
    return this.db.getRepository(MetricEntity).findOneBy({ key });
  }

  async upsertMetric(row: Omit<MetricEntity, 'sortOrder'>): Promise<MetricEntity> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(MetricEntity)
      .values({ ...row, sortOrder: 1000 })
      .orUpdate(['label', 'unit', 'definition', 'direction', 'per_population'], ['key'])
      .execute();
    return this.db.getRepository(MetricEntity).findOneByOrFail({ key: row.key });
  }

  /** Every measurement of the given case studies (or adoptions), with metrics, oldest first. */
  findMeasurements(
    owner: 'caseStudyId' | 'adoptionId',
    ids: readonly string[],
  ): Promise<OutcomeMeasurementEntity[]> {
    return this.db.getRepository(OutcomeMeasurementEntity).find({
      where: { [owner]: In([...ids]) },
      relations: { metric: true },
      order: { measuredOn: 'ASC', createdAt: 'ASC' },
    });
  }

  /** The latest measurement per (case study, metric), with its metric: one statement. */
  findLatestForCaseStudies(ids: readonly string[]): Promise<OutcomeMeasurementEntity[]> {
    return this.db
      .getRepository(OutcomeMeasurementEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.metric', 'metric')
      .distinctOn(['m.case_study_id', 'm.metric_key'])
      .where('m.case_study_id IN (:...ids)', { ids: [...ids] })
      .orderBy('m.case_study_id')
      .addOrderBy('m.metric_key')
      .addOrderBy('m.measured_on', 'DESC')
      .addOrderBy('m.created_at', 'DESC')
      .getMany();
  }

  insertMeasurement(
    row: Omit<OutcomeMeasurementEntity, 'id' | 'createdAt' | 'metric' | 'caseStudy' | 'adoption'>,
  ): Promise<OutcomeMeasurementEntity> {
    const repo = this.db.getRepository(OutcomeMeasurementEntity);
    return repo.save(repo.create(row));
  }
}
