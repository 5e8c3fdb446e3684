'use server';

import { RequestBoardPackDocument, toApiErrors } from '@mic/web-data-access';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { formText, signedInActionClient } from '../actions/action-helpers';
import type { BoardPackFormState } from './board-pack-form-state';

const odsCodeSchema = z.string().regex(/^[A-Za-z0-9]{3,5}$/);

const FIELD_IDS: Record<string, string> = {
  period: 'financialYear',
  themeKey: 'themeKey',
  format: 'format-PDF',
};

/**
 * Asks for a board pack from the form (an ICS's when `odsCode` is given, else
 * the region's) and goes to its progress page; refused choices come back
 * against their fields with what was chosen.
 */
export async function requestBoardPackAction(
  odsCode: string | null,
  _previous: BoardPackFormState,
  formData: FormData,
): Promise<BoardPackFormState> {
  if (odsCode !== null && !odsCodeSchema.safeParse(odsCode).success) redirect('/ics');
  const values = {
    financialYear: formText(formData, 'financialYear'),
    quarter: formText(formData, 'quarter'),
    themeKey: formText(formData, 'themeKey'),
    format: formText(formData, 'format'),
  };
  const errors: { field: string; message: string }[] = [];
  const fy =
    values.financialYear === 'all' || values.financialYear === ''
      ? null
      : Number(values.financialYear);
  if (fy !== null && !Number.isInteger(fy))
    errors.push({ field: 'financialYear', message: 'Choose a financial year' });
  const quarter = values.quarter === '' ? null : Number(values.quarter);
  if (quarter !== null && ![1, 2, 3, 4].includes(quarter)) {
    errors.push({ field: 'quarter', message: 'Choose a quarter, or the whole year' });
  }
  if (quarter !== null && fy === null) {
    errors.push({ field: 'quarter', message: 'Choose a financial year to choose a quarter' });
  }
  if (!['PDF', 'CSV', 'XLSX'].includes(values.format)) {
    errors.push({ field: 'format-PDF', message: 'Choose a format: PDF, Excel workbook or CSV' });
  }
  if (errors.length) return { errors, values, submittedAt: Date.now() };
  const returnTo = odsCode ? `/ics/${odsCode}/board-pack` : '/region/board-pack';
  const client = await signedInActionClient(returnTo);
  const { data, error } = await client.mutate({
    mutation: RequestBoardPackDocument,
    variables: {
      input: {
        odsCode,
        format: values.format as 'PDF' | 'CSV' | 'XLSX',
        themeKey: values.themeKey || null,
        period: fy === null ? null : { financialYear: fy, quarter },
      },
    },
    errorPolicy: 'all',
  });
  if (error || !data?.requestBoardPack) {
    const apiErrors = toApiErrors(error);
    if (apiErrors.some((e) => e.code === 'UNAUTHENTICATED')) {
      redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    }
    return {
      errors: apiErrors.map((e) => ({
        field: e.field ? (FIELD_IDS[e.field.split('.').pop() ?? ''] ?? undefined) : undefined,
        message: e.message,
      })),
      values,
      submittedAt: Date.now(),
    };
  }
  redirect(`/board-packs/${data.requestBoardPack.id}`);
}
