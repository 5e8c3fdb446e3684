import { AttendanceReportDocument, EventFeedbackDocument } from '@mic/web-data-access';
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
  const [report, feedback] = await Promise.all([
    getClient().query({ query: AttendanceReportDocument, variables: { eventId: event.id } }),
    getClient().query({ query: EventFeedbackDocument, variables: { eventId: event.id } }),
  ]);
  if (!report.data || !feedback.data) throw new Error('The attendance report is unavailable');
  return (
    <>
      <AttendanceReport eventTitle={event.title} rows={report.data.attendanceReport} />
      <FeedbackSummary feedback={feedback.data.eventFeedback} />
    </>
  );
}
