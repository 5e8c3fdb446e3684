import type { TagProps } from '@mic/web-ui';

export type RagStatusValue = 'GREEN' | 'AMBER' | 'RED' | 'COMPLETE';

export const RAG_OPTIONS: { value: RagStatusValue; text: string; hint: string }[] = [
  { value: 'GREEN', text: 'Green: on track', hint: 'Progress is as planned.' },
  { value: 'AMBER', text: 'Amber: at risk', hint: 'Some delay or risk; action is in hand.' },
  { value: 'RED', text: 'Red: off track', hint: 'Significant problems; help may be needed.' },
  { value: 'COMPLETE', text: 'Complete', hint: 'The commitment has been met.' },
];

const LABELS: Record<RagStatusValue, string> = {
  GREEN: 'Green: on track',
  AMBER: 'Amber: at risk',
  RED: 'Red: off track',
  COMPLETE: 'Complete',
};

const COLOURS: Record<RagStatusValue, NonNullable<TagProps['colour']>> = {
  GREEN: 'green',
  AMBER: 'yellow',
  RED: 'red',
  COMPLETE: 'blue',
};

/** The words for a status (a tag always carries them: never colour alone). */
export function ragLabel(status: string | null | undefined): string {
  return status && status in LABELS ? LABELS[status as RagStatusValue] : 'No update yet';
}

export function ragColour(status: string | null | undefined): NonNullable<TagProps['colour']> {
  return status && status in COLOURS ? COLOURS[status as RagStatusValue] : 'grey';
}

export const CADENCE_LABELS: Record<string, string> = {
  MONTHLY: 'Monthly',
  QUARTERLY: 'Every quarter',
  SIX_MONTHLY: 'Every six months',
  ANNUAL: 'Every year',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "31 July 2022" from YYYY-MM-DD (the NHS date style). */
export function formatDay(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
}
