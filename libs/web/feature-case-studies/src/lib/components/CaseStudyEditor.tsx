import type { CaseStudyFilterOptionsQuery } from '@mic/web-data-access';
import { ErrorSummary, Select, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import {
  EVIDENCE_LABELS,
  EVIDENCE_LEVELS,
  PRACTICE_STAGES,
  STAGE_LABELS,
} from '../utils/case-study-params';
import { SubmitButton, Textarea } from './FormFields';

export interface CaseStudyEditorProps {
  options: CaseStudyFilterOptionsQuery;
  action: (formData: FormData) => Promise<void>;
  error?: string;
}

/**
 * Write a case study against the template. Body fields take Markdown. "Save
 * draft" keeps it private to your organisation; "Save and submit" sends it to
 * peer review by another ICS.
 */
export function CaseStudyEditor({ options, action, error }: CaseStudyEditorProps): ReactElement {
  return (
    <>
      {error ? <ErrorSummary errors={[{ message: error }]} /> : null}
      <h1 className="nhsuk-heading-xl">Write a case study</h1>
      <form action={action}>
        <TextInput id="title" label="Title" required />
        <Textarea
          id="summary"
          label="Summary"
          hint="One paragraph, plain text."
          rows={3}
          required
        />
        <Textarea id="problem" label="The problem or reason" hint="Markdown." />
        <Textarea id="approach" label="What was done" hint="Markdown." />
        <Textarea
          id="coreComponents"
          label="Core components"
          hint="What must not change when another ICS lifts it. Markdown."
        />
        <Textarea
          id="adaptableParts"
          label="Adaptable parts"
          hint="What adopters may change. Markdown."
        />
        <Textarea id="keyLearning" label="Key learning" hint="Markdown." />
        <Select
          id="icsOdsCode"
          label="Integrated care system"
          options={[
            { value: '', text: 'Your organisation’s ICS' },
            ...options.icss.map((i) => ({ value: i.odsCode, text: i.shortName })),
          ]}
        />
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Themes</legend>
            <div className="nhsuk-checkboxes">
              {options.themes.map((t) => (
                <div className="nhsuk-checkboxes__item" key={t.key}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`theme-${t.key}`}
                    name="themes"
                    type="checkbox"
                    value={t.key}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`theme-${t.key}`}>
                    {t.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <Select
          id="evidenceLevel"
          label="Evidence level"
          options={EVIDENCE_LEVELS.map((e) => ({ value: e, text: EVIDENCE_LABELS[e] }))}
        />
        <Select
          id="stage"
          label="Stage"
          options={PRACTICE_STAGES.map((s) => ({ value: s, text: STAGE_LABELS[s] }))}
          defaultValue="ESTABLISHED"
        />
        <TextInput
          id="reviewBy"
          label="Review by (YYYY-MM-DD)"
          hint="Leave blank for a year from today."
          width={10}
        />
        <div className="nhsuk-button-group">
          <SubmitButton name="intent" value="submit">
            Save and submit for review
          </SubmitButton>
          <SubmitButton name="intent" value="draft" secondary>
            Save draft
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
