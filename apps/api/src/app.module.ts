import { ApolloDriver } from '@nestjs/apollo';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessScopeGuard } from './common/auth/access-scope.guard';
import { GqlAuthGuard } from './common/auth/gql-auth.guard';
import { ClockModule } from './common/clock/clock';
import { DashboardsModule } from './common/dashboards/dashboards.module';
import { FeedModule } from './common/feed/feed.module';
import { OrganisationMergeModule } from './common/organisation-merge/organisation-merge.module';
import { RolesGuard } from './common/auth/roles.guard';
import { GraphqlErrorPassthroughFilter } from './common/graphql/graphql-error-passthrough.filter';
import { graphqlOptions } from './common/graphql/graphql.config';
import { HealthController } from './common/health/health.controller';
import { ObservabilityModule } from './common/observability/observability.module';
import { OpsMetrics } from './common/observability/ops-metrics';
import { CrossSiteRequestGuard } from './common/http/cross-site-request.guard';
import { appValidationPipe } from './common/http/validation.pipe';
import { LoadersFactory } from './common/loaders/loaders.factory';
import { LoadersModule } from './common/loaders/loaders.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { PersonalDataModule } from './common/privacy/personal-data.module';
import { PublicCacheModule } from './common/public-cache/public-cache.module';
import { SearchModule } from './common/search/search.module';
import { WatchingModule } from './common/watching/watching.module';
import {
  appConfig,
  dashboardsConfig,
  fileStorageConfig,
  jobsConfig,
  mailConfig,
  observabilityConfig,
  privacyConfig,
  publicCacheConfig,
  uploadConfig,
} from './config/app.config';
import { authConfig } from './config/auth.config';
import { ssoConfig } from './config/sso.config';
import { databaseConfig } from './config/database.config';
import { validateEnv } from './config/validate-env';
import { typeormOptions } from './database/typeorm-options';
import { AdoptionsModule } from './modules/adoptions/adoptions.module';
import { CaseStudiesModule } from './modules/case-studies/case-studies.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DiscussionsModule } from './modules/discussions/discussions.module';
import { FilesModule } from './modules/files/files.module';
import { FollowsModule } from './modules/follows/follows.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { DirectoryModule } from './modules/directory/directory.module';
import { EventsModule } from './modules/events/events.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MailModule } from './modules/mail/mail.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ToolkitsModule } from './modules/toolkits/toolkits.module';
import { UsersModule } from './modules/users/users.module';
import { CommonsSearchModule } from './modules/search/search.module';
import { DashboardsFeatureModule } from './modules/dashboards/dashboards.module';
import { CommitmentsModule } from './modules/commitments/commitments.module';
import { PrivacyModule } from './modules/privacy/privacy.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      validate: validateEnv,
      load: [
        appConfig,
        databaseConfig,
        authConfig,
        mailConfig,
        uploadConfig,
        fileStorageConfig,
        observabilityConfig,
        jobsConfig,
        dashboardsConfig,
        ssoConfig,
        privacyConfig,
        publicCacheConfig,
      ],
    }),
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (db: ConfigType<typeof databaseConfig>) =>
        typeormOptions(db.url, db.poolSize, db.countQueries),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [LoadersModule],
      inject: [LoadersFactory, appConfig.KEY, OpsMetrics],
      useFactory: graphqlOptions,
    }),
    ObservabilityModule,
    ClockModule,
    RateLimitModule,
    PublicCacheModule,
    SearchModule,
    WatchingModule,
    PersonalDataModule,
    FeedModule,
    OrganisationMergeModule,
    DashboardsModule,
    AuditModule,
    JobsModule,
    MailModule,
    NotificationsModule,
    DirectoryModule,
    UsersModule,
    AuthModule,
    CaseStudiesModule,
    AdoptionsModule,
    MetricsModule,
    EventsModule,
    FollowsModule,
    DiscussionsModule,
    ModerationModule,
    FilesModule,
    ToolkitsModule,
    CommonsSearchModule,
    DashboardsFeatureModule,
    CommitmentsModule,
    PrivacyModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: GqlAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: AccessScopeGuard },
    { provide: APP_GUARD, useClass: CrossSiteRequestGuard },
    { provide: APP_PIPE, useFactory: appValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlErrorPassthroughFilter },
  ],
})
export class AppModule {}
