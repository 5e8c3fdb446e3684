import DataLoader from 'dataloader';

import { DashboardRegistry } from '../../src/common/dashboards/dashboard-measure';
import { FeedSourceRegistry } from '../../src/common/feed/feed-source';
import { LoadersFactory } from '../../src/common/loaders/loaders.factory';
import type { RequestLoaders } from '../../src/common/loaders/request-loaders';
import { SearchSourceRegistry } from '../../src/common/search/search-source';
import { AuditActionRegistry } from '../../src/modules/audit/audit-actions';
import { AuditService } from '../../src/modules/audit/audit.service';
import { WatchedItems } from '../../src/common/watching/watched-items';
import { NotificationKindRegistry } from '../../src/modules/notifications/notification-kinds';
import { NotificationsService } from '../../src/modules/notifications/notifications.service';
import type { TestApp } from './setup/create-test-app';
import { createTestApp } from './setup/create-test-app';
import { resetDatabase } from './setup/db-reset';
import { createUser } from './factories/user.factory';
import { OrganisationMergeRegistry } from '../../src/common/organisation-merge/organisation-merge';
import { OpsMetrics } from '../../src/common/observability/ops-metrics';

/**
 * Every key of `RequestLoaders` and the feature that contributes it. Typed as
 * a Record over the interface's keys: a key a feature declares but this list
 * lacks (or a stale one) fails the typecheck, so the list stays complete.
 */
const LOADER_OWNERS: Record<keyof RequestLoaders, string> = {
  icsById: 'directory',
  placesByIcsId: 'directory',
  organisationById: 'directory',
  icssByOrganisationId: 'directory',
  placesByOrganisationId: 'directory',
  organisationTypeByKey: 'directory',
  themeByKey: 'directory',
  userById: 'users',
  rolesByUserId: 'users',
  sessionStatsByUserId: 'auth',
  caseStudyById: 'case-studies',
  visibleCaseStudiesByAuthorId: 'case-studies',
  themesByCaseStudyId: 'case-studies',
  partnersByCaseStudyId: 'case-studies',
  versionsByCaseStudyId: 'case-studies',
  reviewsByCaseStudyId: 'case-studies',
  placeById: 'case-studies',
  filesByCaseStudyId: 'case-studies',
  adoptionCountByCaseStudyId: 'adoptions',
  adoptionsByCaseStudyId: 'adoptions',
  adoptionsByDeclarerId: 'adoptions',
  recentCommentsByAuthorId: 'discussions',
  threadById: 'discussions',
  subjectByKey: 'discussions',
  stageChangesByAdoptionId: 'adoptions',
  adaptationsByAdoptionId: 'adoptions',
  latestOutcomesByCaseStudyId: 'metrics',
  measurementsByCaseStudyId: 'metrics',
  measurementsByAdoptionId: 'metrics',
  earlierVersionsByMeasurementId: 'metrics',
  removedOutcomesByCaseStudyId: 'metrics',
  eventById: 'events',
  placeSummaryByEventId: 'events',
  quotasByEventId: 'events',
  activeRegistrationByUserEvent: 'events',
  changesByRegistrationId: 'events',
  waitlistPlaceByRegistrationId: 'events',
  directoryLabelByKey: 'events',
  reactionsByCommentId: 'discussions',
  revisionsByCommentId: 'discussions',
  originatorReplyByThreadId: 'discussions',
  versionsByToolkitId: 'toolkits',
  filesByVersionId: 'toolkits',
  versionById: 'toolkits',
  assessmentLinksByCaseStudyId: 'toolkits',
  assessmentLinksByAdoptionId: 'toolkits',
  commitmentUpdatesByCommitmentId: 'commitments',
};

const auditRows = async (t: TestApp): Promise<number> =>
  Number(((await t.db.query(`SELECT count(*) AS n FROM audit_log`)) as { n: string }[])[0].n);

describe('contribution points', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('per-request loaders', () => {
    it('should find every RequestLoaders key, each contributed by its own feature', () => {
      const owners = Object.fromEntries(t.app.get(LoadersFactory).keys());
      expect(owners).toEqual(LOADER_OWNERS);
    });

    it('should build a fresh DataLoader for every key on each request', () => {
      const factory = t.app.get(LoadersFactory);
      const first = factory.create() as unknown as Record<string, unknown>;
      const second = factory.create() as unknown as Record<string, unknown>;
      for (const key of Object.keys(LOADER_OWNERS)) {
        expect(first[key]).toBeInstanceOf(DataLoader);
        expect(first[key]).not.toBe(second[key]);
      }
    });
  });

  describe('notification kinds', () => {
    it('should list the kinds each feature declares, and which are emailed at once', () => {
      const registry = t.app.get(NotificationKindRegistry);
      const byFeature = Object.fromEntries(
        [...registry.byFeature()].map(([feature, kinds]) => [
          feature,
          kinds.map((k) => k.kind).sort(),
        ]),
      );
      expect(byFeature).toEqual({
        adoptions: ['ADOPTION_DECLARED'],
        'case-studies': ['CASE_STUDY_APPROVED', 'CASE_STUDY_RETURNED'],
        discussions: ['MENTION', 'NEW_COMMENT', 'REPLY', 'THREAD_STARTED'],
        events: ['ADOPTION_LEAD', 'event.cancelled'],
        follows: ['WATCHING'],
        moderation: ['MODERATION_WARNING'],
        toolkits: ['TOOLKIT_VERSION'],
      });
      const immediate = registry.all().filter((k) => k.delivery === 'IMMEDIATE');
      expect(immediate.map((k) => k.kind).sort()).toEqual(['MENTION', 'REPLY', 'WATCHING']);
      for (const kind of registry.all()) expect(kind.label).not.toBe('');
    });

    it('should refuse to record an undeclared kind, writing nothing', async () => {
      const alice = await createUser(t.db);
      await expect(
        t.app
          .get(NotificationsService)
          .notify({ userIds: [alice.id], kind: 'UNDECLARED', title: 'x', link: '/' }),
      ).rejects.toThrow('Notification kind "UNDECLARED" is not declared');
      const rows: unknown[] = await t.db.query(`SELECT 1 FROM notification WHERE user_id = $1`, [
        alice.id,
      ]);
      expect(rows).toHaveLength(0);
    });
  });

  describe('audit actions', () => {
    it('should list the actions each feature declares', () => {
      const byFeature = Object.fromEntries(
        [...t.app.get(AuditActionRegistry).byFeature()].map(([feature, actions]) => [
          feature,
          actions.map((a) => a.action).sort(),
        ]),
      );
      expect(byFeature).toEqual({
        'access-tokens': ['access_token.created', 'access_token.revoked'],
        audit: ['audit_log.exported'],
        auth: ['sign_in.failed', 'sign_in.succeeded'],
        'case-studies': ['case_study.approved', 'case_study.returned'],
        commitments: ['commitment.updated'],
        dashboards: ['board_pack.failed', 'board_pack.generated', 'board_pack.requested'],
        directory: [
          'organisation.created',
          'organisation.merged',
          'organisation.updated',
          'organisation_type.created',
          'organisation_type.updated',
          'theme.created',
          'theme.updated',
        ],
        events: [
          'event.badges_exported',
          'event.cancelled',
          'event.delegates_exported',
          'registration.approved',
          'registration.cancelled',
          'registration.declined',
          'registration.moved',
        ],
        metrics: ['metric.created', 'metric.updated', 'outcome_import.saved'],
        moderation: [
          'comment.auto_hidden',
          'comment.dismiss',
          'comment.hide',
          'comment.restore',
          'comment.suspend',
          'comment.warn',
        ],
        privacy: [
          'privacy.deletion-cancelled',
          'privacy.deletion-requested',
          'privacy.export-requested',
          'privacy.user-anonymised',
        ],
        sso: [
          'sso.account_created',
          'sso.link_emailed',
          'sso.link_failed',
          'sso.link_requested',
          'sso.linked',
          'sso.sign_in_failed',
          'sso.signed_in',
          'sso_connection.created',
          'sso_connection.deleted',
          'sso_connection.updated',
        ],
        users: [
          'email.confirmed',
          'member.vouched',
          'membership.declined',
          'membership.requested',
          'membership.verified',
          'organisation.requested',
          'organisation_request.created',
          'organisation_request.matched',
          'organisation_request.rejected',
          'role.granted',
          'role.revoked',
          'user.restored',
          'user.suspended',
        ],
      });
    });

    it('should throw on an undeclared action or a wrong target type, writing nothing', async () => {
      const audit = t.app.get(AuditService);
      const before = await auditRows(t);
      await expect(
        audit.record({ actorId: null, action: 'role.stolen', targetType: 'user', targetId: 'x' }),
      ).rejects.toThrow('Audit action "role.stolen" is not declared');
      await expect(
        audit.record({
          actorId: null,
          action: 'role.granted',
          targetType: 'comment',
          targetId: 'x',
        }),
      ).rejects.toThrow('declared for target type "user", not "comment"');
      expect(await auditRows(t)).toBe(before);
    });
  });

  it('should find each search document type contributed by its own feature', () => {
    expect(
      t.app
        .get(SearchSourceRegistry)
        .all()
        .map((s) => `${s.type}:${s.feature}`)
        .sort(),
    ).toEqual(
      [
        'ADOPTION:adoptions',
        'CASE_STUDY:case-studies',
        'COMMENT:discussions',
        'EVENT:events',
        'ORGANISATION:directory',
        'PERSON:users',
        'THREAD:discussions',
        'TOOLKIT:toolkits',
        'TOOLKIT_SECTION:toolkits',
      ].sort(),
    );
  });

  it('should find each watched item type in the feature that publishes it', () => {
    expect(t.app.get(WatchedItems).types().sort()).toEqual(['CASE_STUDY', 'EVENT']);
  });

  it('should find each organisation-merge participant in the module that owns its tables', () => {
    const owners = new Set(t.app.get(OrganisationMergeRegistry).coveredColumns().values());
    expect([...owners].sort()).toEqual(
      [
        'adoptions',
        'case-studies',
        'commitments',
        'directory',
        'events',
        'follows',
        'toolkits',
        'users',
      ].sort(),
    );
  });

  it("should find each feature's operational signals: its gauges and readiness checks", () => {
    const metrics = t.app.get(OpsMetrics);
    expect(metrics.contributions()).toEqual({
      jobs: ['mic_job_queue_depth', 'mic_job_failed', 'mic_job_oldest_waiting_seconds'],
      mail: ['mic_mail_outbox_backlog'],
    });
    expect(Object.keys(metrics.contributedReadiness())).toEqual(['jobs']);
  });

  it('should offer the feed and dashboard registries to features', () => {
    expect(Array.isArray(t.app.get(FeedSourceRegistry).all())).toBe(true);
    expect(Array.isArray(t.app.get(DashboardRegistry).sections())).toBe(true);
  });
});
