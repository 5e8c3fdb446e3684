import { BoardPackDocument } from '@mic/web-data-access';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSignIn } from '../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Board pack' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ refresh?: string }>;
}

const FORMAT_LABELS: Record<string, string> = {
  PDF: 'PDF',
  XLSX: 'Excel workbook (XLSX)',
  CSV: 'CSV',
};

const kb = (bytes: number | null | undefined) =>
  bytes ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB` : '';

/** A board pack's progress (refreshing itself while it is made), then its download link. */
export default async function BoardPackPage({
  params,
  searchParams,
}: Props): Promise<ReactElement> {
  const id = (await params).id;
  if (!z.string().uuid().safeParse(id).success) notFound();
  await requireSignIn(`/board-packs/${id}`);
  const result = await getClient()
    .query({
      query: BoardPackDocument,
      variables: { id },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    })
    .catch(() => null);
  const pack = result?.data?.boardPack;
  if (!pack) notFound();
  const working = pack.status === 'QUEUED' || pack.status === 'RUNNING';
  // Refreshes itself while the job runs (works without JavaScript); "Stop refreshing" turns it off.
  const autoRefresh = working && (await searchParams).refresh !== 'off';
  const back = pack.odsCode ? `/ics/${pack.odsCode}/board-pack` : '/region/board-pack';
  return (
    <div className="nhsuk-grid-row">
      {autoRefresh ? <meta httpEquiv="refresh" content="2" /> : null}
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={back}>Ask for another board pack</BackLink>
        <span className="nhsuk-caption-l">{pack.areaName}</span>
        <h1 className="nhsuk-heading-l">Board pack: {pack.periodLabel}</h1>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Format</dt>
            <dd className="nhsuk-summary-list__value">
              {FORMAT_LABELS[pack.format] ?? pack.format}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Period</dt>
            <dd className="nhsuk-summary-list__value">{pack.periodLabel}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Theme</dt>
            <dd className="nhsuk-summary-list__value">{pack.themeKey ?? 'All themes'}</dd>
          </div>
        </dl>
        {working ? (
          <div role="status">
            <label className="nhsuk-label" htmlFor="board-pack-progress">
              {pack.status === 'QUEUED' ? 'Waiting to start' : 'Generating the board pack'}:{' '}
              {pack.progress}%
            </label>
            <progress id="board-pack-progress" max={100} value={pack.progress}>
              {pack.progress}%
            </progress>
            {autoRefresh ? (
              <p className="nhsuk-body-s">
                This page refreshes itself every 2 seconds until the pack is ready.{' '}
                <a href={`/board-packs/${pack.id}?refresh=off`}>Stop refreshing</a>
              </p>
            ) : (
              <p className="nhsuk-body-s">
                <a href={`/board-packs/${pack.id}?refresh=off`}>Refresh to see progress</a> or{' '}
                <a href={`/board-packs/${pack.id}`}>refresh automatically</a>
              </p>
            )}
          </div>
        ) : null}
        {pack.status === 'DONE' && pack.downloadUrl ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Your board pack is ready.</p>
            <p>
              <a href={`/board-packs/${pack.id}/download`} download={pack.fileName ?? undefined}>
                Download {pack.fileName}
              </a>{' '}
              ({FORMAT_LABELS[pack.format] ?? pack.format}
              {pack.byteSize ? `, ${kb(pack.byteSize)}` : ''})
            </p>
          </div>
        ) : null}
        {pack.status === 'FAILED' ? (
          <div
            className="nhsuk-error-summary"
            role="alert"
            tabIndex={-1}
            aria-labelledby="pack-failed"
          >
            <h2 className="nhsuk-error-summary__title" id="pack-failed">
              The board pack could not be generated
            </h2>
            <div className="nhsuk-error-summary__body">
              <p>{pack.error}</p>
              <p>
                <a href={back}>Ask for it again</a>
              </p>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
