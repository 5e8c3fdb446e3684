import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorCategory } from '../../common/errors/error-category';
import type { DirectoryRepository } from '../directory/directory.repository';
import type { NotificationsService } from '../notifications/notifications.service';
import type { CaseStudiesRepository } from './case-studies.repository';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudyStatus } from './case-study.enums';
import type { CaseStudyEntity } from './entities/case-study.entity';

const user = (overrides: Partial<AuthUser> = {}): AuthUser => ({
  id: 'u1',
  name: 'U',
  email: 'u@example.org',
  organisationId: 'org-a',
  roles: [{ role: Role.MEMBER, icsId: null }],
  verified: true,
  sessionId: 's',
  createdAt: new Date(),
  ...overrides,
});

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
    findLatestVersion: jest.fn().mockResolvedValue(null),
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
      const manager = { query: jest.fn().mockResolvedValue([]) };
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
        expect.objectContaining({ version: 2 }),
      );
    });
  });
});
