import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import type { JobsService } from '../jobs/jobs.service';
import type { MailService } from '../mail/mail.service';
import { EventStatus } from './entities/event.entity';
import type { EventEntity } from './entities/event.entity';
import { RegistrationStatus } from './entities/registration.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import type { EventsRepository } from './events.repository';
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

type StatementResult = Awaited<ReturnType<EventsRepository['registerInOneStatement']>>;

/**
 * The place decision itself runs in SQL (mic_register_for_event, ADR 0005) and
 * is covered by the SQL/TS twin test (test/integration/events/registration-sql.int-spec.ts);
 * these tests cover what the service does around that one statement.
 */
function setup(result: StatementResult | Error) {
  const manager = { name: 'default manager' };
  const repo = {
    manager,
    findEvent: jest.fn(async () => event),
    delegateProfile: jest.fn(async () => ({ email: 'ada@example.org', name: 'Ada', icsOdsCodes: ['QUA'], organisationTypeKey: 'VCSE' })),
    registerInOneStatement: jest.fn(async () => {
      if (result instanceof Error) throw result;
      return result;
    }),
    findActiveRegistration: jest.fn(async () => ({ id: 'r-active', status: RegistrationStatus.CONFIRMED }) as RegistrationEntity),
  };
  const mail = { enqueue: jest.fn(async () => 'm1') };
  const jobs = { register: jest.fn(), send: jest.fn(async () => 'job-1') };
  const service = new RegistrationsService(
    repo as unknown as EventsRepository,
    mail as unknown as MailService,
    jobs as unknown as JobsService,
    { webPublicUrl: 'http://web' } as never,
  );
  return { service, repo, mail, jobs, manager };
}

const registration = (overrides: Partial<RegistrationEntity>) =>
  ({ id: 'r-new', status: RegistrationStatus.CONFIRMED, ...overrides }) as RegistrationEntity;

describe(RegistrationsService.name, () => {
  describe('register', () => {
    it('should return the existing registration without queueing a notice or emailing', async () => {
      const { service, jobs, mail } = setup({ outcome: 'EXISTING', registration: registration({ id: 'r-old' }) });
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.id).toBe('r-old');
      expect(jobs.send).not.toHaveBeenCalled();
      expect(mail.enqueue).not.toHaveBeenCalled();
    });

    it('should decide and insert in one statement with the delegate profile, then queue the notice after it', async () => {
      const { service, repo, jobs, manager } = setup({ outcome: 'CREATED', registration: registration({}) });
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.status).toBe(RegistrationStatus.CONFIRMED);
      expect(repo.registerInOneStatement).toHaveBeenCalledWith(
        manager,
        expect.objectContaining({
          eventId: event.id,
          userId: 'u1',
          profile: expect.objectContaining({ icsOdsCodes: ['QUA'], organisationTypeKey: 'VCSE' }),
          sensitiveAnswers: null,
        }),
      );
      const { id } = (repo.registerInOneStatement.mock.calls[0] as unknown as [unknown, { id: string }])[1];
      expect(jobs.send).toHaveBeenCalledWith('events.registration-notice', { registrationId: id }, { singletonKey: id });
      expect(repo.registerInOneStatement.mock.invocationCallOrder[0]).toBeLessThan(jobs.send.mock.invocationCallOrder[0]);
    });

    it('should still return the registration when queueing the notice fails (the sweep queues it)', async () => {
      const { service, jobs } = setup({ outcome: 'CREATED', registration: registration({ status: RegistrationStatus.WAITLISTED, waitlistPosition: 7 }) });
      jobs.send.mockRejectedValueOnce(new Error('queue down'));
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg).toMatchObject({ status: RegistrationStatus.WAITLISTED, waitlistPosition: 7 });
    });

    it('should answer EVENT_NOT_OPEN and REGISTRATION_CLOSED from the statement outcome', async () => {
      await expect(setup({ outcome: 'NOT_OPEN' }).service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'EVENT_NOT_OPEN' });
      await expect(setup({ outcome: 'CLOSED' }).service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'REGISTRATION_CLOSED' });
    });

    it('should return the active registration when the unique index catches a concurrent duplicate', async () => {
      const { service, repo } = setup(Object.assign(new Error('duplicate key'), { code: '23505' }));
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.id).toBe('r-active');
      expect(repo.findActiveRegistration).toHaveBeenCalledWith(expect.anything(), event.id, 'u1');
    });

    it('should refuse without consent', async () => {
      const { service, repo } = setup({ outcome: 'NOT_OPEN' });
      await expect(service.register(user, { eventId: event.id, consent: false })).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
      expect(repo.registerInOneStatement).not.toHaveBeenCalled();
    });
  });
});
