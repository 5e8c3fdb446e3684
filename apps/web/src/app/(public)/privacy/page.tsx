import type { Metadata } from 'next';
import type { ReactElement } from 'react';

export const metadata: Metadata = { title: 'Privacy notice' };

export default function PrivacyPage(): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">Privacy notice</h1>
        <p className="nhsuk-lede-text">
          How Midlands Improvement Commons uses your personal information.
        </p>

        <h2>What we collect</h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>your name, email address and organisation, when you create an account</li>
          <li>the roles you hold and whether your membership is verified</li>
          <li>what you publish or post, such as case studies and replies</li>
        </ul>

        <h2>Why we use it</h2>
        <p>
          To run the platform: to let you sign in, to show other members who shared a piece of work,
          and to keep the service safe. We do not sell your data or use it for advertising.
        </p>

        <h2>Cookies</h2>
        <p>
          We set two essential cookies when you sign in. <code>mic_session</code> keeps you signed
          in and is deleted when you sign out. <code>mic_device</code> remembers that this browser
          has signed in to your account before, so that someone else guessing your password cannot
          lock you out; it lasts a year and holds no personal details. We do not use analytics or
          marketing cookies, and the website loads nothing from other websites.
        </p>

        <h2>How long we keep it</h2>
        <p>
          We keep your account details while your account is open. You can export your data or
          delete your account at any time; when you delete it, your contributions are anonymised.
        </p>

        <h2>Your rights</h2>
        <p>
          You have the right to see, correct and delete the information we hold about you, and to
          complain to the Information Commissioner&apos;s Office (ICO).
        </p>
      </div>
    </div>
  );
}
