import type { Metadata } from 'next';
import type { ReactElement } from 'react';

export const metadata: Metadata = { title: 'Accessibility statement' };

export default function AccessibilityPage(): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">
          Accessibility statement for Midlands Improvement Commons
        </h1>
        <p>
          This statement applies to the Midlands Improvement Commons website. It is run by the NHS
          England Midlands region. We want as many people as possible to be able to use it. For
          example, you should be able to:
        </p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate most of the website using just a keyboard or speech recognition software</li>
          <li>listen to most of the website using a screen reader</li>
          <li>use every form without JavaScript</li>
        </ul>

        <h2>How accessible this website is</h2>
        <p>
          The website is built with the NHS digital service manual&apos;s design system and is
          tested automatically against the Web Content Accessibility Guidelines (WCAG) version 2.2
          AA standard on every change.
        </p>

        <h2>Feedback and contact information</h2>
        <p>
          If you need information on this website in a different format, or find a problem not
          listed here, contact your ICS anchor lead or the regional team. We will consider your
          request and reply within 10 working days.
        </p>

        <h2>Enforcement procedure</h2>
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
          If you are not happy with how we respond to your complaint, contact the Equality Advisory
          and Support Service (EASS).
        </p>

        <h2>Compliance status</h2>
        <p>
          This website is designed to be fully compliant with the Web Content Accessibility
          Guidelines version 2.2 AA standard. Automated checks (axe-core) run against every page in
          our end-to-end tests.
        </p>

        <h2>Preparation of this accessibility statement</h2>
        <p>This statement was prepared in 2026. It will be reviewed at least once a year.</p>
      </div>
    </div>
  );
}
