import type { ToolkitPageQuery } from '@mic/web-data-access';
import { TableHead, TableScroll, VirusScanNotice } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { CHANGE_LABELS, formatBytes, formatDate } from '../utils/format';

type Toolkit = NonNullable<ToolkitPageQuery['toolkit']>;
type Section = NonNullable<Toolkit['currentVersion']>['sections'][number];

export interface ToolkitDetailProps {
  toolkit: Toolkit;
  /** The discussion about one section (threads + start form), composed by the page. */
  renderSectionDiscussion: (section: Section) => ReactNode;
  /** The discussion about the whole toolkit. */
  toolkitDiscussion: ReactNode;
  /** Follow form or state. */
  followControl: ReactNode;
  /** Base URL of the API for file downloads. */
  fileBaseUrl: string;
  /** Show this older version's sections and files instead of the current ones. */
  selectedVersion?: number | null;
  /** Whether files are virus-scanned (said next to the downloads). */
  virusScanned: boolean;
}

/** A toolkit: current version sections (each with its discussion), files, version history with diffs. */
export function ToolkitDetail({
  toolkit,
  renderSectionDiscussion,
  toolkitDiscussion,
  followControl,
  fileBaseUrl,
  selectedVersion,
  virusScanned,
}: ToolkitDetailProps): ReactElement {
  const latest = toolkit.currentVersion;
  const older =
    selectedVersion && selectedVersion !== latest?.number
      ? toolkit.versions.find((v) => v.number === selectedVersion)
      : undefined;
  const current = older ? { ...latest, ...older, form: null } : latest;
  return (
    <>
      <h1>{toolkit.title}</h1>
      <p className="nhsuk-lede-text">{toolkit.summary}</p>
      <p className="nhsuk-body-s">
        Owned by {toolkit.ownerOrganisation.name}
        {current
          ? ` · version ${current.number}, published ${formatDate(current.publishedAt)}`
          : ''}
      </p>
      {toolkit.viewerCanPublish ? (
        <p>
          <a href={`/toolkits/${toolkit.slug}/versions/new`}>Publish a new version</a>
        </p>
      ) : null}
      {followControl}
      {older ? (
        <div className="nhsuk-inset-text">
          <p>
            You are viewing version {older.number}, an older version.{' '}
            <a href={`/toolkits/${toolkit.slug}`}>View the current version</a>
          </p>
        </div>
      ) : null}
      {current?.form ? (
        <p className="nhsuk-body">
          <a className="nhsuk-button" href={`/toolkits/${toolkit.slug}/assessment`}>
            Fill in the assessment
          </a>
        </p>
      ) : null}
      {current?.files.length ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">Files</h2>
          <VirusScanNotice virusScanned={virusScanned} context="download" />
          <ul className="nhsuk-list">
            {current.files.map((f) => (
              <li key={f.id}>
                <a href={`${fileBaseUrl}${f.downloadPath}`} download>
                  {f.name}
                </a>{' '}
                <span className="nhsuk-body-s">({formatBytes(f.sizeBytes)})</span>
                {f.altText ? <span className="nhsuk-body-s"> – {f.altText}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {current?.sections.map((section) => (
        <section
          key={section.key}
          id={`section-${section.key}`}
          aria-labelledby={`section-${section.key}-heading`}
        >
          <h2 id={`section-${section.key}-heading`}>{section.title}</h2>
          <div dangerouslySetInnerHTML={{ __html: section.bodyHtml }} />
          {renderSectionDiscussion(section)}
        </section>
      ))}
      <section aria-labelledby="discussion-heading">
        <h2 id="discussion-heading">Discussion about this toolkit</h2>
        {toolkitDiscussion}
      </section>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Version history</h2>
        {toolkit.versions.map((v) => (
          <div key={v.id} className="nhsuk-u-margin-bottom-4">
            <h3 className="nhsuk-heading-s">
              <a href={`/toolkits/${toolkit.slug}?version=${v.number}`}>Version {v.number}</a>{' '}
              <span className="nhsuk-body-s">({formatDate(v.publishedAt)})</span>
            </h3>
            <p className="nhsuk-body">{v.changelog}</p>
            <TableScroll labelledBy={`version-${v.number}-changes`}>
              <table className="nhsuk-table">
                <caption
                  className="nhsuk-table__caption nhsuk-u-visually-hidden"
                  id={`version-${v.number}-changes`}
                >
                  Changes in version {v.number}
                </caption>
                <TableHead rowClass columns={['Section', 'Change']} />
                <tbody className="nhsuk-table__body">
                  {v.diff.map((d) => (
                    <tr className="nhsuk-table__row" key={d.key}>
                      <td className="nhsuk-table__cell">{d.title}</td>
                      <td className="nhsuk-table__cell">{CHANGE_LABELS[d.change] ?? d.change}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        ))}
      </section>
    </>
  );
}
