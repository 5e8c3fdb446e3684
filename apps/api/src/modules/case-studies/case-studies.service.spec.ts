import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { testAuthUser } from '../../common/auth/auth-user.testing';
import { ErrorCategory } from '../../common/errors/error-category';
import type { DirectoryRepository } from '../directory/directory.repository';
import type { AuditService } from '../audit/audit.service';
import type { NotificationsService } from '../notifications/notifications.service';
import type { CaseStudiesRepository } from './case-studies.repository';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudyStatus, CaseStudyVersionKind } from './case-study.enums';
import type { CaseStudyEntity } from './entities/case-study.entity';
import type { CaseStudyVersionEntity } from './entities/case-study-version.entity';

const user = (overrides: Partial<AuthUser> = {}): AuthUser =>
  testAuthUser({ organisationId: 'org-a', ...overrides });

const caseStudy = (overrides: Partial<CaseStudyEntity> = {}): CaseStudyEntity =>
  ({
    id: 'cs1',
    slug: 'cs',
    title: 'Practice',
    organisationId: 'org-a',
    icsId: 'ics-1',
    status: CaseStudyStatus.DRAFT,
    version: 1,
    reviewBy: '2099-01-01',
    authorId: 'u1',
    ...overrides,
  }) as CaseStudyEntity;

function setup(cs: CaseStudyEntity, links: { organisationId: string; icsId: string }[] = []) {
  const repo = {
    findBySlug: jest.fn().mockResolvedValue(cs),
    findById: jest.fn().mockResolvedValue(cs),
    transaction: jest.fn((work: (m: unknown) => Promise<unknown>) => work({})),
    updateIfVersion: jest.fn().mockResolvedValue(false),
    updateIfStatus: jest.fn().mockResolvedValue(true),
    insertReview: jest.fn(),
    insertVersion: jest.fn(),
    extendVersion: jest.fn(),
    findLatestVersions: jest.fn().mockResolvedValue([]),
    findSnapshotParts: jest.fn().mockResolvedValue({ themes: [], partners: [] }),
    replaceThemes: jest.fn(),
    replacePartners: jest.fn(),
  };
  const directory = {
    findIcsLinks: jest.fn().mockResolvedValue(links),
    findThemes: jest.fn().mockResolvedValue([]),
  };
  const notifications = { notify: jest.fn() };
  const service = new CaseStudiesService(
    repo as unknown as CaseStudiesRepository,
    directory as unknown as DirectoryRepository,
    notifications as unknown as NotificationsService,
    { record: jest.fn() } as unknown as AuditService,
  );
  return { service, repo };
}

describe(CaseStudiesService.name, () => {
  describe('bySlug', () => {
    it('should answer NOT_FOUND for a draft of another organisation', async () => {
      const { service } = setup(caseStudy());
      await expect(service.bySlug(user({ organisationId: 'org-b' }), 'cs')).rejects.toMatchObject({
        category: ErrorCategory.NotFound,
      });
      await expect(service.bySlug(null, 'cs')).rejects.toMatchObject({
        category: ErrorCategory.NotFound,
      });
    });
  });

  describe('update', () => {
    it('should answer CONFLICT when the conditional update matches no row', async () => {
      const { service, repo } = setup(caseStudy());
      await expect(
        service.update(user(), { id: 'cs1', expectedVersion: 1, summary: 'New summary text' }),
      ).rejects.toMatchObject({
        category: ErrorCategory.Conflict,
      });
      expect(repo.updateIfVersion).toHaveBeenCalledWith({}, 'cs1', 1, {
        summary: 'New summary text',
      });
    });

    it('should refuse a member of another organisation on a published case study (FORBIDDEN)', async () => {
      const { service, repo } = setup(caseStudy({ status: CaseStudyStatus.PUBLISHED }));
      await expect(
        service.update(user({ organisationId: 'org-b' }), { id: 'cs1', expectedVersion: 1 }),
      ).rejects.toMatchObject({
        category: ErrorCategory.Forbidden,
      });
      expect(repo.updateIfVersion).not.toHaveBeenCalled();
    });

    describe('on a published case study', () => {
      const published = caseStudy({ status: CaseStudyStatus.PUBLISHED, version: 5, summary: 'Old' });
      const entry = (overrides: Partial<CaseStudyVersionEntity>): CaseStudyVersionEntity =>
        ({
          id: 'v2',
          caseStudyId: 'cs1',
          number: 2,
          version: 5,
          kind: CaseStudyVersionKind.EDIT,
          snapshot: { summary: 'Old', aims: 'A' },
          changedFields: ['aims'],
          changeNote: 'First step',
          createdById: 'u1',
          createdAt: new Date(Date.now() - 5 * 60_000),
          ...overrides,
        }) as CaseStudyVersionEntity;

      function saving(history: CaseStudyVersionEntity[]) {
        const ctx = setup(published);
        ctx.repo.updateIfVersion.mockResolvedValue(true);
        ctx.repo.findById
          .mockResolvedValueOnce(published)
          .mockResolvedValue({ ...published, version: 6, summary: 'New' });
        ctx.repo.findLatestVersions.mockResolvedValue(history);
        return ctx;
      }

      it('should fold a save into the entry the same editor began minutes ago', async () => {
        const before = entry({ id: 'v1', number: 1, snapshot: { summary: 'Old', aims: '' } });
        const { service, repo } = saving([entry({}), before]);
        await service.update(user(), {
          id: 'cs1',
          expectedVersion: 5,
          summary: 'New',
          changeNote: 'Second step',
        });
        expect(repo.insertVersion).not.toHaveBeenCalled();
        expect(repo.extendVersion).toHaveBeenCalledWith({}, 'v2', {
          version: 6,
          snapshot: expect.objectContaining({ summary: 'New' }),
          changedFields: expect.arrayContaining(['summary']),
          changeNote: 'First step; Second step',
        });
      });

      it('should start a new entry when another editor saves', async () => {
        const { service, repo } = saving([entry({ createdById: 'u9' })]);
        await service.update(user(), { id: 'cs1', expectedVersion: 5, summary: 'New' });
        expect(repo.extendVersion).not.toHaveBeenCalled();
        expect(repo.insertVersion).toHaveBeenCalledWith(
          {},
          expect.objectContaining({
            version: 6,
            kind: CaseStudyVersionKind.EDIT,
            changedFields: expect.arrayContaining(['summary']),
            createdById: 'u1',
          }),
        );
      });

      it('should measure the first entry against the state before the save when no entry exists yet', async () => {
        const { service, repo } = saving([]);
        await service.update(user(), { id: 'cs1', expectedVersion: 5, summary: 'New' });
        expect(repo.insertVersion).toHaveBeenCalledWith(
          {},
          expect.objectContaining({ changedFields: ['summary'] }),
        );
      });
    });
  });

  describe('approve', () => {
    const submitted = caseStudy({ status: CaseStudyStatus.SUBMITTED });
    const moderator = user({
      organisationId: 'org-r',
      roles: [{ role: Role.MODERATOR, icsId: null }],
    });

    it('should refuse a reviewer from the same ICS (FORBIDDEN)', async () => {
      const { service, repo } = setup(submitted, [
        { organisationId: 'org-r', icsId: 'ics-1' },
        { organisationId: 'org-a', icsId: 'ics-1' },
      ]);
      await expect(service.approve(moderator, { id: 'cs1' })).rejects.toMatchObject({
        category: ErrorCategory.Forbidden,
      });
      expect(repo.updateIfStatus).not.toHaveBeenCalled();
    });

    it('should publish with the reviewer ICS on the badge when the ICSs differ', async () => {
      const { service, repo } = setup(submitted, [
        { organisationId: 'org-r', icsId: 'ics-2' },
        { organisationId: 'org-a', icsId: 'ics-1' },
      ]);
      repo.findById.mockResolvedValueOnce(submitted).mockResolvedValue({
        ...submitted,
        status: CaseStudyStatus.PUBLISHED,
        version: 2,
      });
      const manager = {};
      repo.transaction.mockImplementation((work: (m: unknown) => Promise<unknown>) =>
        work(manager),
      );
      await service.approve(moderator, { id: 'cs1' });
      expect(repo.updateIfStatus).toHaveBeenCalledWith(
        manager,
        'cs1',
        [CaseStudyStatus.SUBMITTED],
        expect.objectContaining({ status: CaseStudyStatus.PUBLISHED, reviewedByIcsId: 'ics-2' }),
      );
      expect(repo.insertVersion).toHaveBeenCalledWith(
        manager,
        expect.objectContaining({
          version: 2,
          kind: CaseStudyVersionKind.REVIEW,
          changeNote: 'Published after peer review',
        }),
      );
    });
  });
});
