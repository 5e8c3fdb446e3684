import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import type { JobsService } from '../../jobs/jobs.service';
import type { MailService } from '../../mail/mail.service';
import type { UsersRepository } from '../../users/users.repository';
import { EventStatus } from '../entities/event.entity';
import type { EventEntity } from '../entities/event.entity';
import { RegistrationStatus } from '../entities/registration.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import type { EventsRepository } from '../events.repository';
import { RegistrationEventCache } from './registration-event-cache';
import { RegistrationMailer } from './registration-mailer.service';
import { RegistrationNotices } from './registration-notices.service';
import type { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';

const user: AuthUser = {
  id: 'u1',
  name: 'Ada',
  email: 'ada@example.org',
  organisationId: 'o1',
  roles: [{ role: Role.MEMBER, icsId: null }],
  verified: true,
  membership: null,
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
  version: 3,
} as unknown as EventEntity;

type Outcome = 'STALE' | 'NOT_OPEN' | 'CLOSED' | 'EXISTING' | 'CREATED';

/** `outcome` answers every call; a list answers the calls in turn (the last one from then on). */
function setup(outcomes: Outcome | Outcome[], status: RegistrationStatus = RegistrationStatus.CONFIRMED) {
  const calls: { id: string; eventId: string; eventVersion: number; userId: string }[] = [];
  const next = (): Outcome => (Array.isArray(outcomes) ? (outcomes[calls.length - 1] ?? outcomes[outcomes.length - 1]) : outcomes);
  const repo = {
    manager: {},
    findEvent: jest.fn(async () => event),
    registerInOneStatement: jest.fn(async (_m: unknown, r: { id: string; eventId: string; eventVersion: number; userId: string }) => {
      calls.push(r);
      const outcome = next();
      if (outcome === 'STALE' || outcome === 'NOT_OPEN' || outcome === 'CLOSED') return { outcome };
      const id = outcome === 'EXISTING' ? 'r-old' : r.id;
      return { outcome, registration: { id, status, eventId: r.eventId, userId: r.userId } as RegistrationEntity };
    }),
    findActiveRegistration: jest.fn(async () => null),
  };
  const mail = { enqueue: jest.fn(async () => 'm1') };
  const jobs = { register: jest.fn(), send: jest.fn(async () => 'job-1'), sendCoalesced: jest.fn(async () => undefined) };
  const registrations = repo as unknown as RegistrationsRepository;
  const events = repo as unknown as EventsRepository;
  const mailer = new RegistrationMailer(registrations, {} as UsersRepository, mail as unknown as MailService, { webPublicUrl: 'http://web' } as never);
  const notices = new RegistrationNotices(registrations, events, mailer, jobs as unknown as JobsService);
  const service = new RegistrationsService(registrations, notices, new RegistrationEventCache(events));
  return { service, repo, mail, jobs, calls };
}

describe(RegistrationsService.name, () => {
  describe('register', () => {
    it('should return the existing registration without queueing a notice or emailing', async () => {
      const { service, jobs, mail } = setup('EXISTING');
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.id).toBe('r-old');
      expect(jobs.sendCoalesced).not.toHaveBeenCalled();
      expect(mail.enqueue).not.toHaveBeenCalled();
    });

    it('should decide and insert in one statement, then queue the notice for the new registration', async () => {
      const { service, repo, jobs, calls } = setup('CREATED', RegistrationStatus.WAITLISTED);
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.status).toBe(RegistrationStatus.WAITLISTED);
      expect(repo.registerInOneStatement).toHaveBeenCalledTimes(1);
      expect(calls[0]).toMatchObject({ eventId: event.id, userId: user.id });
      expect(reg.id).toBe(calls[0].id);
      expect(jobs.sendCoalesced).toHaveBeenCalledWith('events.registration-notice', { registrationId: reg.id }, { singletonKey: reg.id });
      expect(repo.registerInOneStatement.mock.invocationCallOrder[0]).toBeLessThan(jobs.sendCoalesced.mock.invocationCallOrder[0]);
    });

    it('should map a closed window and an event that is not open to their errors', async () => {
      await expect(setup('CLOSED').service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'REGISTRATION_CLOSED' });
      await expect(setup('NOT_OPEN').service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'EVENT_NOT_OPEN' });
    });

    it('should read the event once for a run of registrations, and pass the version the answers were checked against', async () => {
      const { service, repo, calls } = setup('CREATED');
      await service.register(user, { eventId: event.id, consent: true });
      await service.register({ ...user, id: 'u2' }, { eventId: event.id, consent: true });
      expect(repo.findEvent).toHaveBeenCalledTimes(1);
      expect(calls.map((c) => c.eventVersion)).toEqual([3, 3]);
    });

    it('should read the event again and check the answers again when the statement says it changed', async () => {
      const { service, repo, calls } = setup(['STALE', 'CREATED']);
      repo.findEvent.mockResolvedValueOnce(event).mockResolvedValueOnce({ ...event, version: 4 } as EventEntity);
      const reg = await service.register(user, { eventId: event.id, consent: true });
      expect(reg.id).toBe(calls[1].id);
      expect(repo.findEvent).toHaveBeenCalledTimes(2);
      expect(calls.map((c) => c.eventVersion)).toEqual([3, 4]);
    });

    it('should refuse answers the changed event no longer accepts, without registering', async () => {
      const { service, repo } = setup(['STALE', 'CREATED']);
      const withQuestion = { ...event, version: 4, questions: [{ id: 'diet', label: 'Dietary needs', type: 'TEXT', required: true, sensitive: false, options: [] }] } as unknown as EventEntity;
      repo.findEvent.mockResolvedValueOnce(event).mockResolvedValueOnce(withQuestion);
      await expect(service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'INVALID_ANSWERS' });
      expect(repo.registerInOneStatement).toHaveBeenCalledTimes(1);
    });

    it('should confirm a refusal decided on the copy against the event as it is now (a draft since published)', async () => {
      const { service, repo } = setup('CREATED');
      repo.findEvent.mockResolvedValueOnce({ ...event, status: EventStatus.DRAFT } as EventEntity);
      await expect(service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
      const reg = await service.register({ ...user, id: 'u2' }, { eventId: event.id, consent: true });
      expect(reg.eventId).toBe(event.id);
      expect(repo.findEvent).toHaveBeenCalledTimes(2);
      expect(repo.registerInOneStatement).toHaveBeenCalledTimes(1);
    });

    it('should give up with a conflict when the event keeps changing', async () => {
      const { service, repo } = setup('STALE');
      await expect(service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'EVENT_CHANGED' });
      expect(repo.registerInOneStatement).toHaveBeenCalledTimes(3);
    });

    it('should say an event that does not exist is not found, and not keep the answer', async () => {
      const { service, repo } = setup('CREATED');
      repo.findEvent.mockResolvedValueOnce(null as never);
      await expect(service.register(user, { eventId: event.id, consent: true })).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
      await expect(service.register(user, { eventId: event.id, consent: true })).resolves.toMatchObject({ eventId: event.id });
      expect(repo.findEvent).toHaveBeenCalledTimes(2);
    });

    it('should refuse without consent', async () => {
      const { service, repo } = setup('CREATED');
      await expect(service.register(user, { eventId: event.id, consent: false })).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
      expect(repo.registerInOneStatement).not.toHaveBeenCalled();
    });
  });
});
