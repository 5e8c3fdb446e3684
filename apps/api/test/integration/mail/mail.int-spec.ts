import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE, MailService } from '../../../src/modules/mail/mail.service';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';

describe('mail outbox and queue', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  beforeEach(() => smtp.clear());

  it('should deliver an enqueued email over SMTP through the job queue, with attachments', async () => {
    const mail = t.app.get(MailService);
    const id = await mail.enqueue({
      idempotencyKey: 'test:first',
      to: 'someone@example.org',
      subject: 'Hello from the commons',
      text: 'Plain text body',
      attachments: [{ filename: 'note.txt', contentType: 'text/plain', content: Buffer.from('hi').toString('base64') }],
    });
    expect(id).toBeTruthy();
    expect(await t.app.get(JobsService).drain(MAIL_QUEUE)).toBe(1);
    const [received] = await smtp.waitFor(1);
    expect(received.subject).toBe('Hello from the commons');
    expect(received.to).toContain('someone@example.org');
    expect(received.attachments[0].filename).toBe('note.txt');
    const rows: { status: string }[] = await t.db.query('SELECT status FROM mail_message WHERE id = $1', [id]);
    expect(rows[0].status).toBe('SENT');
  });

  it('should not send twice when the same key is enqueued again or the job is retried', async () => {
    const mail = t.app.get(MailService);
    const id = await mail.enqueue({ idempotencyKey: 'test:once', to: 'a@example.org', subject: 'Once', text: 'x' });
    const again = await mail.enqueue({ idempotencyKey: 'test:once', to: 'a@example.org', subject: 'Once', text: 'x' });
    expect(again).toBeNull();
    await t.app.get(JobsService).drain(MAIL_QUEUE);
    // A crashed worker's job being retried runs the handler again for the same message.
    expect(await mail.deliver(id as string)).toBe('skipped');
    await Promise.all([mail.deliver(id as string), mail.deliver(id as string)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((m) => m.subject === 'Once')).toHaveLength(1);
  });

  it('should enqueue nothing when the surrounding transaction rolls back', async () => {
    const mail = t.app.get(MailService);
    await expect(
      t.db.transaction(async (manager) => {
        await mail.enqueue({ idempotencyKey: 'test:rollback', to: 'b@example.org', subject: 'Rolled back', text: 'x' }, manager);
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await t.app.get(JobsService).drain(MAIL_QUEUE)).toBe(0);
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM mail_message WHERE idempotency_key = 'test:rollback'`);
    expect(rows).toHaveLength(0);
  });
});
