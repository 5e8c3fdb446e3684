import { Button, ErrorMessage, formatMaxUpload, VirusScanNotice } from '@mic/web-ui';
import type { UploadPolicyView } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { PendingFile } from '../utils/toolkit-form';
import { pendingFileParam } from '../utils/toolkit-form';

export interface UploadFileFormProps {
  /** The web route handler that forwards the upload to the API (never the API itself). */
  uploadPath: string;
  /** Files already uploaded, carried along so the page keeps listing them. */
  pendingFiles: PendingFile[];
  /** Why the last upload was refused. */
  error?: string;
  /** Size limit and virus scanning, from the API's uploadPolicy. */
  uploadPolicy: UploadPolicyView;
}

/** Upload one file (multipart POST to a route handler; works without JavaScript). */
export function UploadFileForm({
  uploadPath,
  pendingFiles,
  error,
  uploadPolicy,
}: UploadFileFormProps): ReactElement {
  return (
    <form method="post" action={uploadPath} encType="multipart/form-data">
      {pendingFiles.map((f) => (
        <input key={f.id} type="hidden" name="pending" value={pendingFileParam(f)} />
      ))}
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor="upload-file">
          Upload a file
        </label>
        <div className="nhsuk-hint" id="upload-file-hint">
          PDF, Word, Excel, PowerPoint, CSV, text, PNG, JPEG or WebP, up to{' '}
          {formatMaxUpload(uploadPolicy.maxBytes)}. Files with macros, scripts or embedded files are
          refused. Upload files before you edit the sections below.
        </div>
        <VirusScanNotice virusScanned={uploadPolicy.virusScanned} context="upload" />
        {error ? <ErrorMessage id="upload-file-error" message={error} /> : null}
        <input
          className={`nhsuk-file-upload${error ? ' nhsuk-file-upload--error' : ''}`}
          id="upload-file"
          name="file"
          type="file"
          aria-describedby={`upload-file-hint${error ? ' upload-file-error' : ''}`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="upload-alt">
          Alternative text (images only)
        </label>
        <input className="nhsuk-input" id="upload-alt" name="altText" type="text" />
      </div>
      <Button variant="secondary">Upload file</Button>
    </form>
  );
}
