'use client';

import { ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { BOARD_PACK_FORMATS, FIRST_FINANCIAL_YEAR, fyLabel } from './board-pack-form-state';
import type { BoardPackFormState } from './board-pack-form-state';

interface BoardPackFormProps {
  action: (state: BoardPackFormState, formData: FormData) => Promise<BoardPackFormState>;
  themes: ReadonlyArray<{ key: string; label: string }>;
  /** The latest financial year to offer (the current one). */
  lastFinancialYear: number;
}

/** Period, theme and format; works without JavaScript (a server action). */
export function BoardPackForm({
  action,
  themes,
  lastFinancialYear,
}: BoardPackFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] });
  const v = state.values ?? {
    financialYear: String(lastFinancialYear),
    quarter: '',
    themeKey: '',
    format: 'PDF',
  };
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const years: number[] = [];
  for (let y = lastFinancialYear; y >= FIRST_FINANCIAL_YEAR; y--) years.push(y);
  const fieldError = (id: string, message: string | undefined) =>
    message ? (
      <span className="nhsuk-error-message" id={`${id}-error`}>
        <span className="nhsuk-u-visually-hidden">Error:</span> {message}
      </span>
    ) : null;
  const fyError = errorFor('financialYear');
  const qError = errorFor('quarter');
  const themeError = errorFor('themeKey');
  const formatError = errorFor('format-PDF');
  return (
    <form action={formAction} noValidate key={state.submittedAt ?? 0}>
      <ErrorSummary
        errors={state.errors.map((e) => ({
          message: e.message,
          href: e.field ? `#${e.field}` : undefined,
        }))}
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Period</legend>
        <div className={`nhsuk-form-group${fyError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="financialYear">
            Financial year (April to March)
          </label>
          {fieldError('financialYear', fyError)}
          <select
            className={`nhsuk-select${fyError ? ' nhsuk-select--error' : ''}`}
            id="financialYear"
            name="financialYear"
            defaultValue={v.financialYear}
            aria-describedby={fyError ? 'financialYear-error' : undefined}
          >
            <option value="all">All years</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {fyLabel(y)}
              </option>
            ))}
          </select>
        </div>
        <div className={`nhsuk-form-group${qError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="quarter">
            Quarter
          </label>
          {fieldError('quarter', qError)}
          <select
            className={`nhsuk-select${qError ? ' nhsuk-select--error' : ''}`}
            id="quarter"
            name="quarter"
            defaultValue={v.quarter}
            aria-describedby={qError ? 'quarter-error' : undefined}
          >
            <option value="">The whole year</option>
            <option value="1">Q1 (April to June)</option>
            <option value="2">Q2 (July to September)</option>
            <option value="3">Q3 (October to December)</option>
            <option value="4">Q4 (January to March)</option>
          </select>
        </div>
      </fieldset>
      <div className={`nhsuk-form-group${themeError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--m" htmlFor="themeKey">
          Theme
        </label>
        {fieldError('themeKey', themeError)}
        <select
          className={`nhsuk-select${themeError ? ' nhsuk-select--error' : ''}`}
          id="themeKey"
          name="themeKey"
          defaultValue={v.themeKey}
          aria-describedby={themeError ? 'themeKey-error' : undefined}
        >
          <option value="">All themes</option>
          {themes.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className={`nhsuk-form-group${formatError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset
          className="nhsuk-fieldset"
          aria-describedby={formatError ? 'format-PDF-error' : undefined}
        >
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Format</legend>
          {fieldError('format-PDF', formatError)}
          <div className="nhsuk-radios">
            {BOARD_PACK_FORMATS.map((f) => (
              <div className="nhsuk-radios__item" key={f.value}>
                <input
                  className="nhsuk-radios__input"
                  id={`format-${f.value}`}
                  name="format"
                  type="radio"
                  value={f.value}
                  defaultChecked={v.format === f.value}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={`format-${f.value}`}>
                  {f.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="nhsuk-button">
        Create board pack
      </button>
    </form>
  );
}
