import type { ReactElement } from 'react';

import { snippetSegments } from '../utils/snippet';

/** A result's highlighted snippet: text runs and `<mark>`, never the API's HTML as HTML. */
export function Snippet({ html }: { html: string }): ReactElement | null {
  const segments = snippetSegments(html);
  if (segments.length === 0) return null;
  return (
    <p className="nhsuk-body-s mic-search-result__snippet">
      {segments.map((s, i) =>
        s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </p>
  );
}
