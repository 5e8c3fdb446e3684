'use client';

import {
  DateInput,
  ErrorSummary,
  Radios,
  Select,
  TextInput,
  Textarea,
  VirusScanNotice,
  errorSummaryItems,
  formatMaxUpload,
} from '@mic/web-ui';
import type { UploadPolicyView } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { LINK_ROWS } from '../utils/forms';
import type { UpdateFormState } from '../utils/forms';
import { RAG_OPTIONS } from '../utils/rag';

export interface AddUpdateFormProps {
  action: (state: UpdateFormState, formData: FormData) => Promise<UpdateFormState>;
  caseStudies: { id: string; title: string }[];
  events: { id: string; title: string }[];
  /** Current outcome figures the viewer may cite ("owner: value, metric, period, source"). */
  figures: { value: string; text: string }[];
  /** Size limit and virus scanning, from the API's uploadPolicy. */
  uploadPolicy: UploadPolicyView;
  unit: string | null;
  hasTarget: boolean;
}

const target = (field: string): string =>
  field === 'reportedOn' ? 'reportedOn-day' : field.startsWith('evidence') ? 'evidence' : field;

const FILE_FIELDS = ['file', 'fileTitle'];

/** Add a progress update: date, RAG status, narrative, progress value and evidence. No JavaScript needed. */
export function AddUpdateForm({
  action,
  caseStudies,
  events,
  figures,
  uploadPolicy,
  unit,
  hasTarget,
}: AddUpdateFormProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] });
  const v = state.values;
  const err = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const formError = state.errors.filter((e) => !e.field || e.field.startsWith('evidence'));
  const fileError = state.errors.find((e) => e.field && FILE_FIELDS.includes(e.field))?.message;
  const uploaded = v?.uploadedFile ?? null;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary key={state.submittedAt ?? 0} errors={errorSummaryItems(state.errors, target)} />
      <DateInput
        id="reportedOn"
        legend="Date of the update"
        hint="The date the progress is reported for, for example 31 7 2025"
        error={err('reportedOn')}
        defaultValue={v?.reportedOn}
      />
      <Radios
        name="status"
        id="status"
        legend="Status"
        legendSize="s"
        options={RAG_OPTIONS}
        error={err('status')}
        checked={v?.status}
      />
      <Textarea
        id="narrative"
        label="What has happened since the last update"
        labelSize="s"
        rows={6}
        error={err('narrative')}
        defaultValue={v?.narrative}
      />
      {hasTarget ? (
        <TextInput
          id="progressValue"
          label={`Progress towards the target${unit ? ` (${unit})` : ''} (optional)`}
          hint="The total reached so far, as a number"
          width={10}
          error={err('progressValue')}
          defaultValue={v?.progressValue}
        />
      ) : null}
      <h2 className="nhsuk-heading-m" id="evidence">
        Evidence (optional)
      </h2>
      {formError.length ? (
        <span className="nhsuk-error-message">
          <span className="nhsuk-u-visually-hidden">Error:</span> {formError[0].message}
        </span>
      ) : null}
      <Select
        id="caseStudyIds"
        label="A published case study that shows the progress"
        options={[
          { value: '', text: 'None' },
          ...caseStudies.map((c) => ({ value: c.id, text: c.title })),
        ]}
        defaultValue={v?.caseStudyIds[0] ?? ''}
      />
      <Select
        id="eventIds"
        label="An event that shows the progress"
        options={[
          { value: '', text: 'None' },
          ...events.map((e) => ({ value: e.id, text: e.title })),
        ]}
        defaultValue={v?.eventIds[0] ?? ''}
      />
      <Select
        id="measurementIds"
        label="An outcome figure that shows the progress"
        hint="Current figures of published case studies, and of adoptions in your ICS"
        options={[{ value: '', text: 'None' }, ...figures]}
        defaultValue={v?.measurementIds[0] ?? ''}
      />
      <div className={`nhsuk-form-group${fileError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor="file">
          A file that shows the progress
        </label>
        <div className="nhsuk-hint" id="file-hint">
          For example a board paper or a quarterly return: PDF, Word, Excel, PowerPoint, CSV or text
          documents, or PNG, JPEG or WebP images, up to {formatMaxUpload(uploadPolicy.maxBytes)}.
          Signed-in members can download it from the commitment’s page.
        </div>
        <VirusScanNotice virusScanned={uploadPolicy.virusScanned} context="upload" />
        {fileError ? (
          <span className="nhsuk-error-message" id="file-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {fileError}
          </span>
        ) : null}
        {uploaded ? (
          <p className="nhsuk-body" data-testid="uploaded-file">
            Already uploaded: <strong>{uploaded.name}</strong>. It will be attached unless you
            choose another file.
            <input type="hidden" name="uploadedFileId" value={uploaded.id} />
            <input type="hidden" name="uploadedFileName" value={uploaded.name} />
          </p>
        ) : null}
        <input
          className={`nhsuk-file-upload${fileError ? ' nhsuk-file-upload--error' : ''}`}
          id="file"
          name="file"
          type="file"
          aria-describedby={`file-hint${fileError ? ' file-error' : ''}`}
        />
      </div>
      <TextInput
        id="fileTitle"
        label="Title of the file (optional)"
        hint="What readers will see; the file’s name if you leave it blank"
        defaultValue={v?.fileTitle}
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Links to other evidence
        </legend>
        {Array.from({ length: LINK_ROWS }, (_, i) => (
          <div key={i} className="nhsuk-u-margin-bottom-4">
            <TextInput
              id={`linkTitle${i}`}
              label={`Link ${i + 1}: title`}
              error={err(`linkTitle${i}`)}
              defaultValue={v?.links[i]?.title}
            />
            <TextInput
              id={`linkUrl${i}`}
              label={`Link ${i + 1}: web address`}
              hint="Starting with https://"
              spellCheck={false}
              error={err(`linkUrl${i}`)}
              defaultValue={v?.links[i]?.url}
            />
          </div>
        ))}
      </fieldset>
      <button type="submit" className="nhsuk-button">
        Add update
      </button>
    </form>
  );
}
