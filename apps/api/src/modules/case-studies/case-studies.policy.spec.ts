import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { testAuthUser } from '../../common/auth/auth-user.testing';
import { CaseStudyStatus, CaseStudyVersionKind } from './case-study.enums';
import {
  canEditCaseStudy,
  canMoveTo,
  canSubmitCaseStudy,
  canViewCaseStudy,
  checkReviewer,
  extendsLatestVersion,
  isStale,
} from './case-studies.policy';

const user = (overrides: Partial<AuthUser> = {}): AuthUser =>
  testAuthUser({ organisationId: 'org-a', ...overrides });

const draft = { organisationId: 'org-a', icsId: 'ics-1', status: CaseStudyStatus.DRAFT };
const published = { ...draft, status: CaseStudyStatus.PUBLISHED };

describe('case studies policy', () => {
  describe('canEditCaseStudy', () => {
    it('should allow members of the authoring organisation', () => {
      expect(canEditCaseStudy(user(), draft)).toBe(true);
    });
    it('should refuse members of another organisation', () => {
      expect(canEditCaseStudy(user({ organisationId: 'org-b' }), draft)).toBe(false);
    });
    it('should allow regional admins and the ICS admin of the case study ICS only', () => {
      expect(
        canEditCaseStudy(
          user({ organisationId: 'x', roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }),
          draft,
        ),
      ).toBe(true);
      const icsAdmin = user({ organisationId: 'x', roles: [{ role: Role.ICS_ADMIN, icsId: 'ics-1' }] });
      // A draft stays the organisation's own until it is submitted; then the ICS admin may edit it.
      expect(canEditCaseStudy(icsAdmin, draft)).toBe(false);
      expect(canEditCaseStudy(icsAdmin, { ...draft, status: CaseStudyStatus.SUBMITTED })).toBe(true);
      expect(
        canEditCaseStudy(
          user({ organisationId: 'x', roles: [{ role: Role.ICS_ADMIN, icsId: 'ics-2' }] }),
          draft,
        ),
      ).toBe(false);
    });
    it('should refuse anonymous visitors', () => {
      expect(canEditCaseStudy(null, published)).toBe(false);
    });
  });

  describe('canViewCaseStudy', () => {
    it('should show published case studies to anyone', () => {
      expect(canViewCaseStudy(null, published)).toBe(true);
    });
    it('should hide drafts from other organisations and from reviewers until submitted', () => {
      expect(canViewCaseStudy(user({ organisationId: 'org-b' }), draft)).toBe(false);
      expect(canViewCaseStudy(null, draft)).toBe(false);
      const moderator = user({ organisationId: 'org-b', roles: [{ role: Role.MODERATOR, icsId: null }] });
      expect(canViewCaseStudy(moderator, draft)).toBe(false);
      expect(canViewCaseStudy(moderator, { ...draft, status: CaseStudyStatus.SUBMITTED })).toBe(true);
    });

    it('should give a self-declared (unverified) member of the organisation nothing', () => {
      const claimant = user({ organisationId: 'org-a', verified: false });
      expect(canViewCaseStudy(claimant, draft)).toBe(false);
      expect(canEditCaseStudy(claimant, published)).toBe(false);
      expect(canEditCaseStudy(user({ organisationId: null }), { ...published, organisationId: null as unknown as string })).toBe(false);
    });
  });

  describe('canSubmitCaseStudy', () => {
    it('should refuse unverified editors', () => {
      expect(canSubmitCaseStudy(user({ verified: false }), draft)).toBe(false);
      expect(canSubmitCaseStudy(user(), draft)).toBe(true);
    });
  });

  describe('checkReviewer', () => {
    const moderator = (orgId = 'org-r') =>
      user({ organisationId: orgId, roles: [{ role: Role.MODERATOR, icsId: null }] });
    it('should accept a reviewer from a different ICS', () => {
      expect(checkReviewer(moderator(), draft, ['ics-2'], ['ics-1'])).toBe('OK');
    });
    it('should refuse a reviewer whose organisation is in the same ICS', () => {
      expect(checkReviewer(moderator(), draft, ['ics-1'], ['ics-1'])).toBe('SAME_ICS');
      expect(checkReviewer(moderator(), draft, ['ics-3', 'ics-9'], ['ics-1', 'ics-9'])).toBe(
        'SAME_ICS',
      );
    });
    it('should refuse an ICS admin of the case study ICS even from an outside organisation', () => {
      const admin = user({
        organisationId: 'org-r',
        roles: [{ role: Role.ICS_ADMIN, icsId: 'ics-1' }],
      });
      expect(checkReviewer(admin, draft, [], ['ics-1'])).toBe('SAME_ICS');
    });
    it('should refuse the authoring organisation and people without a reviewer role', () => {
      expect(checkReviewer(moderator('org-a'), draft, [], [])).toBe('SAME_ICS');
      expect(checkReviewer(user({ organisationId: 'org-r' }), draft, ['ics-2'], ['ics-1'])).toBe(
        'NOT_REVIEWER',
      );
      expect(checkReviewer(null, draft, [], [])).toBe('NOT_REVIEWER');
    });
  });

  describe('isStale', () => {
    it('should be stale only when published and past the review-by date', () => {
      expect(
        isStale({ status: CaseStudyStatus.PUBLISHED, reviewBy: '2025-01-01' }, '2025-01-02'),
      ).toBe(true);
      expect(
        isStale({ status: CaseStudyStatus.PUBLISHED, reviewBy: '2025-01-02' }, '2025-01-02'),
      ).toBe(false);
      expect(isStale({ status: CaseStudyStatus.DRAFT, reviewBy: '2020-01-01' }, '2025-01-02')).toBe(
        false,
      );
    });
  });

  describe('canMoveTo', () => {
    it('should follow DRAFT -> SUBMITTED -> PUBLISHED -> ARCHIVED with returns to DRAFT', () => {
      expect(canMoveTo(CaseStudyStatus.DRAFT, CaseStudyStatus.SUBMITTED)).toBe(true);
      expect(canMoveTo(CaseStudyStatus.SUBMITTED, CaseStudyStatus.PUBLISHED)).toBe(true);
      expect(canMoveTo(CaseStudyStatus.SUBMITTED, CaseStudyStatus.DRAFT)).toBe(true);
      expect(canMoveTo(CaseStudyStatus.DRAFT, CaseStudyStatus.PUBLISHED)).toBe(false);
      expect(canMoveTo(CaseStudyStatus.ARCHIVED, CaseStudyStatus.PUBLISHED)).toBe(false);
    });
  });

  describe('extendsLatestVersion', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    const entry = (overrides: Partial<Parameters<typeof extendsLatestVersion>[0]> = {}) => ({
      kind: CaseStudyVersionKind.EDIT,
      createdById: 'u1',
      createdAt: minutesAgo(10),
      ...overrides,
    });

    it('should extend an edit entry the same person began less than 30 minutes ago', () => {
      expect(extendsLatestVersion(entry(), 'u1', now)).toBe(true);
      expect(extendsLatestVersion(entry({ createdAt: minutesAgo(29.9) }), 'u1', now)).toBe(true);
    });

    it('should start a new entry when someone else saves', () => {
      expect(extendsLatestVersion(entry(), 'u2', now)).toBe(false);
      expect(extendsLatestVersion(entry({ createdById: null }), 'u1', now)).toBe(false);
    });

    it('should start a new entry 30 minutes or more after the entry began', () => {
      expect(extendsLatestVersion(entry({ createdAt: minutesAgo(30) }), 'u1', now)).toBe(false);
      expect(extendsLatestVersion(entry({ createdAt: minutesAgo(300) }), 'u1', now)).toBe(false);
    });

    it('should never extend the publish-after-review entry, or nothing', () => {
      expect(extendsLatestVersion(entry({ kind: CaseStudyVersionKind.REVIEW }), 'u1', now)).toBe(
        false,
      );
      expect(extendsLatestVersion(null, 'u1', now)).toBe(false);
    });
  });
});
