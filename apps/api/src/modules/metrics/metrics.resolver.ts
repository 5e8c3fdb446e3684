import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { PublicCacheable } from '../../common/public-cache/public-cacheable.decorator';
import { Policy, Roles } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { AdoptionModel } from '../adoptions/graphql/adoption.model';
import { CaseStudyModel } from '../case-studies/graphql/case-study.model';
import {
  AddOutcomeMeasurementInput,
  CorrectOutcomeMeasurementInput,
  RemoveOutcomeMeasurementInput,
  UpsertMetricInput,
} from './graphql/metric.inputs';
import { MetricModel, OutcomeMeasurementModel, OutcomeSeriesModel } from './graphql/metric.model';
import { toMeasurementModel, toMetricModel, toSeries } from './metrics.mapper';
import { MetricsService } from './metrics.service';

@Resolver(() => MetricModel)
export class MetricsResolver {
  constructor(private readonly metricsService: MetricsService) {}

  @Public()
  @PublicCacheable()
  @Query(() => [MetricModel], { description: 'The regional metric dictionary.' })
  async metrics(): Promise<MetricModel[]> {
    return (await this.metricsService.metrics()).map(toMetricModel);
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => MetricModel, {
    description: 'Add or change a metric dictionary entry (regional admins).',
  })
  async upsertMetric(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpsertMetricInput,
  ): Promise<MetricModel> {
    return toMetricModel(await this.metricsService.upsertMetric(actor, input));
  }

  @Policy('case-studies.policy canEditCaseStudy or adoptions.policy canEditAdoption')
  @Mutation(() => OutcomeMeasurementModel, {
    description: "Add a dated, sourced value to a case study's or an adoption's outcome series.",
  })
  async addOutcomeMeasurement(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AddOutcomeMeasurementInput,
  ): Promise<OutcomeMeasurementModel> {
    return toMeasurementModel(await this.metricsService.addMeasurement(actor, input));
  }

  @Policy('case-studies.policy canEditCaseStudy or adoptions.policy canEditAdoption')
  @Mutation(() => OutcomeMeasurementModel, {
    description:
      'Correct a current figure: the corrected figure replaces it and the earlier value stays in its history. CONFLICT if it was already corrected or removed.',
  })
  async correctOutcomeMeasurement(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CorrectOutcomeMeasurementInput,
  ): Promise<OutcomeMeasurementModel> {
    return toMeasurementModel(await this.metricsService.correctMeasurement(actor, input));
  }

  @Policy('case-studies.policy canEditCaseStudy or adoptions.policy canEditAdoption')
  @Mutation(() => OutcomeMeasurementModel, {
    description:
      'Remove a current figure, with a reason: it is no longer counted but stays visible as removed. CONFLICT if it was already corrected or removed.',
  })
  async removeOutcomeMeasurement(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RemoveOutcomeMeasurementInput,
  ): Promise<OutcomeMeasurementModel> {
    return toMeasurementModel(await this.metricsService.removeMeasurement(actor, input));
  }
}

@Resolver(() => OutcomeMeasurementModel)
export class OutcomeMeasurementHistoryResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'The display name of the person who entered the figure (null if unknown).',
  })
  async enteredBy(
    m: OutcomeMeasurementModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<string | null> {
    if (!m.createdById) return null;
    return (await ctx.loaders.userById.load(m.createdById))?.name ?? null;
  }

  @ResolveField(() => [OutcomeMeasurementModel], {
    description: 'The earlier values this figure corrected, newest first.',
  })
  async previousVersions(
    m: OutcomeMeasurementModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OutcomeMeasurementModel[]> {
    return (await ctx.loaders.earlierVersionsByMeasurementId.load(m.id)).map(toMeasurementModel);
  }
}

@Resolver(() => CaseStudyModel)
export class CaseStudyOutcomesResolver {
  @ResolveField(() => [OutcomeSeriesModel], {
    description: 'Outcome series, one per metric, with latest value and trend.',
  })
  async outcomes(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OutcomeSeriesModel[]> {
    return toSeries(await ctx.loaders.measurementsByCaseStudyId.load(cs.id));
  }

  @ResolveField(() => [OutcomeMeasurementModel], {
    description: 'The latest value of each metric (for lists).',
  })
  async latestOutcomes(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OutcomeMeasurementModel[]> {
    return (await ctx.loaders.latestOutcomesByCaseStudyId.load(cs.id)).map(toMeasurementModel);
  }

  @ResolveField(() => [OutcomeMeasurementModel], {
    description:
      'Figures its editors removed (no longer counted), most recently removed first, with the reason. Visible to whoever can see the case study.',
  })
  async removedOutcomes(
    cs: CaseStudyModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OutcomeMeasurementModel[]> {
    return (await ctx.loaders.removedOutcomesByCaseStudyId.load(cs.id)).map(toMeasurementModel);
  }
}

@Resolver(() => AdoptionModel)
export class AdoptionOutcomesResolver {
  @ResolveField(() => [OutcomeSeriesModel], {
    description: "The adopter's own outcome series, using the same metrics.",
  })
  async outcomes(
    adoption: AdoptionModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OutcomeSeriesModel[]> {
    return toSeries(await ctx.loaders.measurementsByAdoptionId.load(adoption.id));
  }
}
