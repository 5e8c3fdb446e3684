import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { serverEnv } from '../../../lib/config/server-env';

export const metadata: Metadata = { title: 'Development mail' };
export const dynamic = 'force-dynamic';

interface CaughtMail {
  id: number;
  to: string;
  from: string;
  subject: string;
  text: string;
  attachments: { filename: string | null; contentType: string; size: number }[];
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/**
 * Messages caught by the development mail catcher (`npm start` without
 * SMTP_URL). Not available in production or when no catcher is configured.
 */
export default async function DevMailPage(): Promise<ReactElement> {
  const env = serverEnv();
  // `npm start` serves the web as a production build, so NODE_ENV alone cannot
  // tell; the catcher URL is only set for local stacks, and must be loopback.
  if (!env.MAIL_CATCHER_URL || !isLoopback(env.MAIL_CATCHER_URL)) notFound();
  const res = await fetch(`${env.MAIL_CATCHER_URL}/messages`, { cache: 'no-store' }).catch(() => null);
  const messages: CaughtMail[] = res?.ok ? ((await res.json()) as CaughtMail[]) : [];
  return (
    <>
      <h1 className="nhsuk-heading-xl">Development mail</h1>
      <p>Emails sent by the API to the development mail catcher, newest first. Nothing here leaves this machine.</p>
      {messages.length === 0 ? <p>No messages yet.</p> : null}
      <ul className="nhsuk-list nhsuk-list--border" data-testid="dev-mail">
        {messages.map((m) => (
          <li key={m.id}>
            <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{m.subject}</h2>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">To: {m.to}</p>
            {m.attachments.length ? (
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Attachments: {m.attachments.map((a) => a.filename ?? a.contentType).join(', ')}</p>
            ) : null}
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">Message text</span>
              </summary>
              <div className="nhsuk-details__text">
                <pre className="mic-pre-wrap">{m.text}</pre>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
