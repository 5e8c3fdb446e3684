import { AttendanceReportDocument, EventFeedbackDocument, EventFilterOptionsDocument } from '@mic/web-data-access';
import { AttendanceReport, FeedbackSummary } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { loadManagedEvent } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Attendance report' };

interface AttendancePageProps {
  params: Promise<{ eventId: string }>;
}

export default async function AttendancePage({ params }: AttendancePageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'attendance');
  const [report, options, feedback] = await Promise.all([
    getClient().query({ query: AttendanceReportDocument, variables: { eventId: event.id } }),
    getClient().query({ query: EventFilterOptionsDocument }),
    getClient().query({ query: EventFeedbackDocument, variables: { eventId: event.id } }),
  ]);
  if (!report.data || !options.data || !feedback.data) throw new Error('The attendance report is unavailable');
  const icsNames = Object.fromEntries(options.data.icss.map((i) => [i.odsCode, i.shortName]));
  return (
    <>
      <AttendanceReport eventTitle={event.title} rows={report.data.attendanceReport} icsNames={icsNames} />
      <FeedbackSummary feedback={feedback.data.eventFeedback} />
    </>
  );
}
