import { OutcomeFiguresDocument, hasApiErrorCode } from '@mic/web-data-access';
import { OutcomeFiguresView } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../lib/apollo/query-or-null';

export const metadata: Metadata = { title: 'Figures behind a dashboard total' };

interface FiguresPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(first, schema.optional().catch(undefined));

const paramsSchema = z.object({
  metric: z.preprocess(first, z.string().regex(/^[A-Z0-9_]{2,60}$/)),
  ics: optional(z.string().regex(/^[A-Z0-9]{3}$/)),
  fy: optional(z.coerce.number().int().min(2015).max(2100)),
  q: optional(z.coerce.number().int().min(1).max(4)),
  theme: optional(z.string().regex(/^[A-Z0-9_]{2,60}$/)),
  running: optional(z.literal('1')),
});

/** The figures behind a dashboard total (linked from every total on /ics/[odsCode] and /region). */
export default async function FiguresPage({
  searchParams,
}: FiguresPageProps): Promise<ReactElement> {
  const parsed = paramsSchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const { metric, ics, fy, q, theme, running } = parsed.data;
  const period = fy ? { financialYear: fy, quarter: q ?? null } : null;
  const result = await queryOrNull({
    query: OutcomeFiguresDocument,
    variables: {
      metricKey: metric,
      icsOdsCode: ics ?? null,
      period,
      themeKey: theme ?? null,
      cumulative: running === '1',
    },
  }).catch((error: unknown) => {
    // A year beyond the data, say: the same answer as any other bad link.
    if (hasApiErrorCode(error, 'BAD_USER_INPUT')) return null;
    throw error;
  });
  const data = result?.data?.outcomeFigures;
  if (!data) notFound();
  const back = new URLSearchParams();
  if (fy) back.set('fy', String(fy));
  if (fy && q) back.set('q', String(q));
  if (theme) back.set('theme', theme);
  if (!ics) back.set('measure', `outcomes.${metric}`);
  const query = back.size ? `?${back.toString()}` : '';
  return (
    <OutcomeFiguresView data={data} backHref={ics ? `/ics/${ics}${query}` : `/region${query}`} />
  );
}
