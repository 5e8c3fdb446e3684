import { ALT_TEXT_MAX_LENGTH } from '@mic/shared-util';
import { formatMaxUpload, VirusScanNotice } from '@mic/web-ui';
import type { UploadPolicyView } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { SubmitButton } from './FormFields';

export interface CaseStudyAttachment {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  altText: string | null;
  downloadPath: string;
}

export interface CaseStudyAttachmentsProps {
  attachments: ReadonlyArray<CaseStudyAttachment>;
  /** Plain-form action removing one attachment (editors only); hidden when absent. */
  removeAction?: (formData: FormData) => void | Promise<void>;
  caseStudy?: { id: string; slug: string };
  /** Whether files are virus-scanned (said next to the downloads). */
  virusScanned: boolean;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function typeLabel(contentType: string): string {
  if (contentType.startsWith('image/')) return 'Image';
  if (contentType === 'application/pdf') return 'PDF';
  return 'Document';
}

/**
 * Documents and images attached to a case study, with download links (through
 * the web app's /files route; the API checks the viewer may see the case
 * study). Images are described by their alt text.
 */
export function CaseStudyAttachments({
  attachments,
  removeAction,
  caseStudy,
  virusScanned,
}: CaseStudyAttachmentsProps): ReactElement {
  if (attachments.length === 0) return <p>No attachments.</p>;
  return (
    <>
      <VirusScanNotice virusScanned={virusScanned} context="download" />
      <ul className="nhsuk-list nhsuk-list--border" data-testid="case-study-attachments">
        {attachments.map((file) => (
          <li key={file.id}>
            <a href={file.downloadPath} download>
              {file.name}
            </a>{' '}
            <span className="nhsuk-u-secondary-text-colour">
              ({typeLabel(file.contentType)}, {formatSize(file.sizeBytes)})
            </span>
            {file.altText ? <p className="nhsuk-u-margin-bottom-0">Shows: {file.altText}</p> : null}
            {removeAction && caseStudy ? (
              <form action={removeAction}>
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="id" value={caseStudy.id} />
                <input type="hidden" name="slug" value={caseStudy.slug} />
                <input type="hidden" name="fileId" value={file.id} />
                <button
                  type="submit"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                  data-module="nhsuk-button"
                >
                  Remove<span className="nhsuk-u-visually-hidden"> {file.name}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Upload a file and attach it (multipart form; a plain form post works without JavaScript). */
export function AttachFileForm({
  action,
  caseStudy,
  uploadPolicy,
  error,
  altText,
}: {
  action: (formData: FormData) => void | Promise<void>;
  caseStudy: { id: string; slug: string };
  /** Size limit and virus scanning, from the API's uploadPolicy. */
  uploadPolicy: UploadPolicyView;
  /** Why the last upload failed, shown on the file field. */
  error?: string;
  /** The alt text typed before a failed upload (kept). */
  altText?: string;
}): ReactElement {
  return (
    <form action={action} data-testid="attach-file-form">
      <input type="hidden" name="intent" value="attach" />
      <input type="hidden" name="id" value={caseStudy.id} />
      <input type="hidden" name="slug" value={caseStudy.slug} />
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor="attachment-file">
          Add a document or image
        </label>
        <div className="nhsuk-hint" id="attachment-file-hint">
          PDF, Word, Excel, PowerPoint, CSV or text documents, or PNG, JPEG or WebP images, up to{' '}
          {formatMaxUpload(uploadPolicy.maxBytes)}. Files with macros, scripts or embedded files are
          refused.
        </div>
        <VirusScanNotice virusScanned={uploadPolicy.virusScanned} context="upload" />
        {error ? (
          <span className="nhsuk-error-message" id="attachment-file-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <input
          id="attachment-file"
          name="file"
          type="file"
          aria-describedby={`attachment-file-hint${error ? ' attachment-file-error' : ''}`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="attachment-alt">
          Describe the image (alt text)
        </label>
        <div className="nhsuk-hint" id="attachment-alt-hint">
          For images only: what it shows, for people who cannot see it.
        </div>
        <input
          className="nhsuk-input"
          id="attachment-alt"
          name="altText"
          type="text"
          maxLength={ALT_TEXT_MAX_LENGTH}
          aria-describedby="attachment-alt-hint"
          defaultValue={altText}
        />
      </div>
      <SubmitButton secondary>Upload and attach</SubmitButton>
    </form>
  );
}
