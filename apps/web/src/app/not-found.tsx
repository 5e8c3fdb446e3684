import type { Metadata } from 'next';
import type { ReactElement } from 'react';

export const metadata: Metadata = { title: 'Page not found' };

/** NHS "page not found" pattern. */
export default function NotFound(): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">Page not found</h1>
        <p>If you entered a web address, check it was correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>
          You can <a href="/">go to the homepage</a>, browse the <a href="/ics">ICS directory</a> or{' '}
          <a href="/organisations">search organisations</a>.
        </p>
      </div>
    </div>
  );
}
