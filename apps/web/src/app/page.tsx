import { Card } from '@mic/web-ui';
import type { ReactElement } from 'react';

export default function HomePage(): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">Midlands Improvement Commons</h1>
      <p className="nhsuk-lede-text">
        A shared place for the 11 integrated care systems (ICSs) of NHS Midlands to share work,
        learn from each other and lift and shift what works for the NHS&apos;s 4th purpose: helping
        to support broader social and economic development.
      </p>
      <p>
        NHS bodies, councils, voluntary and community organisations, colleges and businesses use it
        to find proven practice, such as local employment programmes and social value in
        procurement, and to see who is doing what across the region.
      </p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
          <Card
            href="/ics"
            heading="ICS directory"
            description="The 11 Midlands integrated care systems, their places and organisations."
          />
        </li>
        <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
          <Card
            href="/organisations"
            heading="Organisations"
            description="Search anchor organisations and partners by name, ICS or type."
          />
        </li>
        <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
          <Card
            href="/sign-up"
            heading="Create an account"
            description="Join as a member of your organisation to take part."
          />
        </li>
      </ul>
    </>
  );
}
