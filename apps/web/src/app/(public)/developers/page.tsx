import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { serverEnv } from '../../../lib/config/server-env';
import { referenceCounts } from '../../../lib/developers/api-reference-view';
import { API_REFERENCE } from '../../../lib/developers/generated/api-reference';

export const metadata: Metadata = { title: 'API for developers' };

/** The public GraphQL endpoint integrators call. */
function graphqlUrl(): string {
  const env = serverEnv();
  return env.PUBLIC_API_URL ? new URL('/graphql', env.PUBLIC_API_URL).toString() : env.API_URL;
}

const SAMPLE_QUERY = `query Me {
  me {
    id
    name
    organisation { name }
  }
}`;

const ERROR_CODES: { code: string; meaning: string }[] = [
  {
    code: 'UNAUTHENTICATED',
    meaning:
      'No token, or the token is malformed, unknown, revoked or expired, or your account is suspended. Create a new token.',
  },
  {
    code: 'FORBIDDEN',
    meaning:
      'You may not do this: you lack the role or membership, or a read-only (READ) token tried a mutation.',
  },
  {
    code: 'BAD_USER_INPUT',
    meaning:
      'The operation or its variables are wrong. `extensions.field` names the input field when there is one. Also used when a query is too deep or too complex.',
  },
  { code: 'NOT_FOUND', meaning: 'The thing does not exist, or you cannot see it.' },
  { code: 'CONFLICT', meaning: 'It clashes with the current state (for example, changed by someone else): reload and retry.' },
  { code: 'SERVICE_UNAVAILABLE', meaning: 'A dependency is down (HTTP 503 with Retry-After): try again later.' },
  {
    code: 'INTERNAL_SERVER_ERROR',
    meaning: 'Something went wrong on our side. Quote `extensions.requestId` if you contact us.',
  },
];

export default function DevelopersPage(): ReactElement {
  const url = graphqlUrl();
  const counts = referenceCounts(API_REFERENCE);
  const curl = `curl ${url} \\
  -H "Authorization: Bearer $MIC_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"query":"{ me { id name organisation { name } } }"}'`;
  const fetchExample = `const response = await fetch('${url}', {
  method: 'POST',
  headers: {
    authorization: \`Bearer \${process.env.MIC_TOKEN}\`,
    'content-type': 'application/json',
  },
  body: JSON.stringify({ query: 'query Themes { themes { key label } }' }),
});
const { data, errors } = await response.json();`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1 className="nhsuk-heading-xl">API for developers</h1>
        <p className="nhsuk-lede-text">
          Everything on the Commons that you can see, you can also read with a program through our GraphQL API, for
          example to refresh a Power BI report or copy case studies into your own intranet.
        </p>
        <nav aria-labelledby="contents-heading" className="nhsuk-contents-list">
          <h2 className="nhsuk-u-visually-hidden" id="contents-heading">
            Contents
          </h2>
          <ol className="nhsuk-contents-list__list">
            <li className="nhsuk-contents-list__item"><a className="nhsuk-contents-list__link" href="#token">Get a token</a></li>
            <li className="nhsuk-contents-list__item"><a className="nhsuk-contents-list__link" href="#first-request">Make your first request</a></li>
            <li className="nhsuk-contents-list__item"><a className="nhsuk-contents-list__link" href="#errors">Errors and limits</a></li>
            <li className="nhsuk-contents-list__item"><a className="nhsuk-contents-list__link" href="#schema">Download the schema</a></li>
            <li className="nhsuk-contents-list__item"><a className="nhsuk-contents-list__link" href="#reference">Reference: queries, mutations and types</a></li>
          </ol>
        </nav>

        <h2 id="token">Get a token</h2>
        <ol className="nhsuk-list nhsuk-list--number">
          <li>Sign in and go to <a href="/account/tokens">Access tokens for the API</a> in your account.</li>
          <li>
            Give the token a name, choose <strong>Read only</strong> (queries) or <strong>Read and write</strong>{' '}
            (also mutations), and an expiry date of at most a year.
          </li>
          <li>Copy the token (it starts <code>mic_pat_</code>). It is shown only once: we keep only a scrambled copy.</li>
          <li>
            Send it with every request as <code>Authorization: Bearer &lt;token&gt;</code>. Keep it secret, like a
            password, and revoke it on the same page when you no longer need it.
          </li>
        </ol>
        <p>
          A token acts as you: it sees exactly what you see and may do only what you may do. A read-only token
          cannot run any mutation. A token stops working as soon as it is revoked or expires, or if your account is
          suspended.
        </p>

        <h2 id="first-request">Make your first request</h2>
        <p>
          The API has one endpoint, <code>{url}</code>. Send a POST request with a JSON body holding{' '}
          <code>query</code> and, optionally, <code>variables</code> and <code>operationName</code>.
        </p>
        <h3>With curl</h3>
        <pre className="mic-code" tabIndex={0} aria-label="curl example">
          <code>{curl}</code>
        </pre>
        <h3>A sample query</h3>
        <pre className="mic-code" tabIndex={0} aria-label="Sample query">
          <code>{SAMPLE_QUERY}</code>
        </pre>
        <h3>From JavaScript</h3>
        <pre className="mic-code" tabIndex={0} aria-label="JavaScript example">
          <code>{fetchExample}</code>
        </pre>

        <h2 id="errors">Errors and limits</h2>
        <p>
          Problems come back in the <code>errors</code> list of the response. Each error has a readable{' '}
          <code>message</code> and <code>extensions.code</code>, always one of:
        </p>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Error codes</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">extensions.code</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {ERROR_CODES.map((row) => (
              <tr key={row.code} className="nhsuk-table__row">
                <td className="nhsuk-table__cell"><code>{row.code}</code></td>
                <td className="nhsuk-table__cell">{row.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Many errors also carry <code>extensions.reason</code>, a more exact code such as{' '}
          <code>ACCESS_TOKEN_REJECTED</code>. To keep the service fast for everyone, each request is limited in
          depth (10 levels of nesting by default), complexity (5,000 points by default, lists count per item
          asked for), aliases (30) and top-level fields (15). A request over a limit fails with{' '}
          <code>BAD_USER_INPUT</code>: ask for fewer fields or page through lists with <code>first</code> and{' '}
          <code>after</code>. Sign-in, sign-up and password reset are rate limited per person and per network.
        </p>

        <h2 id="schema">Download the schema</h2>
        <p>
          Introspection is switched off on the live service. Use the published schema instead, for example with a
          code generator: <a href="/developers/schema.graphql">download the schema (SDL, plain text)</a>. It is the
          same schema this page describes.
        </p>

        <h2 id="reference">Reference</h2>
        <p>Generated from the same schema, with every description:</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>
            <a href="/developers/queries">Queries</a>: {counts.queries} ways to read
          </li>
          <li>
            <a href="/developers/mutations">Mutations</a>: {counts.mutations} ways to make changes (need a session or
            a Read and write token)
          </li>
          <li>
            <a href="/developers/types">Types</a>: {counts.types} objects, inputs and enums, each with its fields
          </li>
        </ul>
      </div>
    </div>
  );
}
