'use client';

import type { ReactElement } from 'react';

interface GlobalErrorProps {
  error: Error & { digest?: string };
}

/**
 * Shown only when the root layout itself fails. Our own, deliberately small:
 * Next.js's built-in one (with its inline styles) would otherwise be part of
 * every page's first-load JavaScript. Plain markup, because the layout (and
 * with it the stylesheet) did not render.
 */
export default function GlobalError({ error }: GlobalErrorProps): ReactElement {
  return (
    <html lang="en-GB">
      <body>
        <main id="maincontent">
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again later.</p>
          <p>
            You can also <a href="/">go to the homepage</a>.
          </p>
          {error.digest ? <p>Error reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
