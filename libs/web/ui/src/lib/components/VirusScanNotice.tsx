import type { ReactElement } from 'react';

/** What the upload forms and download lists need from the API's `uploadPolicy`. */
export interface UploadPolicyView {
  maxBytes: number;
  virusScanned: boolean;
}

export interface VirusScanNoticeProps {
  virusScanned: boolean;
  /** Next to an upload form, or next to download links. */
  context: 'upload' | 'download';
}

/** "Up to 25 MB" from a byte count. */
export function formatMaxUpload(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Says plainly whether files are virus-scanned, next to every upload form
 * and every list of downloads (the API's `uploadPolicy.virusScanned`).
 */
export function VirusScanNotice({ virusScanned, context }: VirusScanNoticeProps): ReactElement {
  if (virusScanned) {
    return (
      <p className="nhsuk-body-s" data-testid="virus-scan-notice">
        Files are checked for viruses when they are uploaded.
      </p>
    );
  }
  return (
    <p className="nhsuk-body-s" data-testid="virus-scan-notice">
      <strong>Files are not virus-scanned.</strong>{' '}
      {context === 'upload'
        ? 'Only upload files you trust: other members will download them.'
        : 'Only open files from people and organisations you trust.'}
    </p>
  );
}
