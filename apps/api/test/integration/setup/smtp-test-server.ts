// A real SMTP server in the test process (the same catcher `npm start` uses).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMailCatcher } = require('../../../../../tools/dev/mail-catcher.cjs') as {
  startMailCatcher: (o?: { smtpPort?: number; httpPort?: number }) => Promise<MailCatcher>;
};

export interface CaughtMail {
  id: number;
  to: string;
  from: string;
  subject: string;
  messageId: string | null;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  attachments: { filename: string | null; contentType: string; size: number; content: string }[];
}

export interface MailCatcher {
  smtpUrl: string;
  httpUrl: string;
  messages: CaughtMail[];
  close: () => Promise<unknown>;
}

export interface TestSmtpServer extends MailCatcher {
  /** Waits until at least `count` messages match `filter` (default: all). */
  waitFor: (
    count: number,
    filter?: (m: CaughtMail) => boolean,
    timeoutMs?: number,
  ) => Promise<CaughtMail[]>;
  clear: () => void;
}

export async function startSmtpTestServer(): Promise<TestSmtpServer> {
  const catcher = await startMailCatcher();
  return {
    ...catcher,
    clear: () => {
      catcher.messages.length = 0;
    },
    waitFor: async (count, filter = () => true, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = catcher.messages.filter(filter);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} emails, got ${found.length}: ${found.map((m) => m.subject).join('; ')}`,
          );
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
