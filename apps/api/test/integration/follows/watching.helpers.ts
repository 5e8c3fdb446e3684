import { Role } from '@mic/shared-util';
import type { DataSource } from 'typeorm';

import type { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { FOLLOW } from '../discussions/discussions.operations';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';

/** What the watching-email specs share: following, opting out, and reading the mail sent. */
export function watchingHelpers(
  app: () => { t: TestApp; smtp: TestSmtpServer; jobs: JobsService },
) {
  return {
    /** `as` follows the target at `level` (WATCHING by default) through the API. */
    follow: async (as: TestUser, targetType: string, targetId: string, level = 'WATCHING') => {
      const res = await gql(app().t.url, {
        query: FOLLOW,
        as: as.token,
        variables: { input: { targetType, targetId, level } },
      });
      expect(res.errors).toBeUndefined();
    },
    /** `as` turns watching emails off in their notification settings. */
    optOutOfWatchingEmails: async (as: TestUser) => {
      const settings = await gql(app().t.url, {
        query: `mutation S($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { emailOptOuts } }`,
        as: as.token,
        variables: { input: { emailOptOuts: ['WATCHING'] } },
      });
      expect(settings.errors).toBeUndefined();
    },
    /** The messages the test SMTP server received for this person. */
    mailTo: (u: TestUser) => app().smtp.messages.filter((m) => m.to.includes(u.email)),
    /** Sends the queued mail (twice, for jobs queued while the first drain ran). */
    settle: async () => {
      await app().jobs.drain(MAIL_QUEUE);
      await new Promise((r) => setTimeout(r, 300));
      await app().jobs.drain(MAIL_QUEUE);
    },
  };
}

/** An author in QUA and a moderator from QHL who reviews (publishes) case studies. */
export async function createAuthorAndReviewer(
  db: DataSource,
): Promise<{ author: TestUser; reviewer: TestUser }> {
  const author = await createUser(db, { name: 'Ari Author', icsOdsCodes: ['QUA'] });
  const reviewer = await createUser(db, {
    name: 'Rae Reviewer',
    icsOdsCodes: ['QHL'],
    roles: [{ role: Role.MODERATOR }],
  });
  return { author, reviewer };
}
