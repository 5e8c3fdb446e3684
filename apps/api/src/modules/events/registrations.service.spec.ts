import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import type { JobsService } from '../jobs/jobs.service';
import type { MailService } from '../mail/mail.service';
import { EventStatus } from './entities/event.entity';
import type { EventEntity } from './entities/event.entity';
import { RegistrationStatus } from './entities/registration.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import type { EventsRepository, PlaceState } from './events.repository';
import { RegistrationsService } from './registrations.service';

const user: AuthUser = {
  id: 'u1',
  name: 'Ada',
  email: 'ada@example.org',
  organisationId: 'o1',
  roles: [{ role: Role.MEMBER, icsId: null }],
  verified: true,
  sessionId: 's',
  createdAt: new Date(),
};

const event = {
  id: '00000000-0000-4000-8000-000000000001',
  status: EventStatus.PUBLISHED,
  capacity: 2,
  questions: [],
  requiresApproval: false,
  registrationOpensAt: null,
  registrationClosesAt: null,
  startsAt: new Date(Date.now() + 86_400_000),
  endsAt: new Date(Date.now() + 90_000_000),
  organiserUserIds: ['org'],
} as unknown as EventEntity;

function setup(state: Partial<PlaceState>) {
  const inserted: Partial<RegistrationEntity>[] = [];
  const repo = {
    findEvent: jest.fn(async () => event),
    delegateProfile: jest.fn(async () => ({ email: 'ada@example.org', name: 'Ada', icsOdsCodes: ['QUA'], organisationTypeKey: 'VCSE' })),
    transaction: jest.fn(async (work: (m: unknown) => Promise<unknown>) => work({})),
    lockEvent: jest.fn(async () => event),
    placeState: jest.fn(async () => ({ existingId: null, quotas: [], usage: new Map(), nextPosition: 1, ...state })),
    findRegistration: jest.fn(async (id: string) => ({ id, status: RegistrationStatus.CONFIRMED })),
    insertRegistrationWithChange: jest.fn(async (_m: unknown, row: Partial<RegistrationEntity>) => {
      inserted.push(row);
      return { id: 'r-new', offerCount: 0, ...row } as RegistrationEntity;
    }),
  };
  const mail = { enqueue: jest.fn(async () => 'm1') };
  const jobs = { register: jest.fn(), send: jest.fn(async () => 'job-1') };
  const service = new RegistrationsService(
    repo as unknown as EventsRepository,
    mail as unknown as MailService,
    jobs as unknown as JobsService,
    { webPublicUrl: 'http://web' } as never,
  );
  return { service, repo, mail, jobs, inserted };
}

describe(RegistrationsService.name, () => {
  describe('register', () => {
    it('should return the existing registration without inserting or emailing', async () => {
      const { service, repo, mail } = setup({ existingId: 'r-old' });
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.id).toBe('r-old');
      expect(repo.insertRegistrationWithChange).not.toHaveBeenCalled();
      expect(mail.enqueue).not.toHaveBeenCalled();
    });

    it('should confirm while places remain, under the event lock, queueing the notice in the transaction', async () => {
      const { service, repo, jobs, inserted } = setup({ usage: new Map([['', 1]]) });
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.status).toBe(RegistrationStatus.CONFIRMED);
      expect(repo.lockEvent.mock.invocationCallOrder[0]).toBeLessThan(repo.placeState.mock.invocationCallOrder[0]);
      expect(inserted[0]).toMatchObject({ quotaId: null, waitlistPosition: null, icsOdsCode: 'QUA' });
      expect(jobs.send).toHaveBeenCalledWith('events.registration-notice', { registrationId: inserted[0].id }, expect.objectContaining({ manager: {} }));
      expect(jobs.send.mock.invocationCallOrder[0]).toBeLessThan(repo.lockEvent.mock.invocationCallOrder[0]);
    });

    it('should waitlist with the next position when full', async () => {
      const { service, inserted } = setup({ usage: new Map([['', 2]]), nextPosition: 7 });
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.status).toBe(RegistrationStatus.WAITLISTED);
      expect(inserted[0].waitlistPosition).toBe(7);
    });

    it('should refuse without consent', async () => {
      const { service } = setup({});
      await expect(service.register(user, { eventId: event.id, consent: false })).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    });
  });
});
