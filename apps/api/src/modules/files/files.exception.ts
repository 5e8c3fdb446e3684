import { ALT_TEXT_MAX_LENGTH } from '@mic/shared-util';

import { DomainException } from '../../common/errors/domain.exception';
import type { ErrorSpec } from '../../common/errors/error-table';
import { domainExceptionFrom } from '../../common/errors/error-table';
import { ErrorCategory } from '../../common/errors/error-category';

export enum FilesErrorCode {
  NoFile = 'NO_FILE',
  UnsupportedType = 'UNSUPPORTED_TYPE',
  ExtensionMismatch = 'EXTENSION_MISMATCH',
  TooLarge = 'TOO_LARGE',
  NotFound = 'FILE_NOT_FOUND',
  AltTextTooLong = 'ALT_TEXT_TOO_LONG',
  Damaged = 'FILE_DAMAGED',
  Encrypted = 'FILE_ENCRYPTED',
  ArchiveTooLarge = 'ARCHIVE_TOO_LARGE',
  NestedArchive = 'NESTED_ARCHIVE',
  Macros = 'MACROS',
  PdfJavaScript = 'PDF_JAVASCRIPT',
  PdfLaunch = 'PDF_LAUNCH',
  PdfEmbeddedFile = 'PDF_EMBEDDED_FILE',
  EmbeddedMarkup = 'EMBEDDED_MARKUP',
  Infected = 'INFECTED',
}

const CATEGORY: Record<FilesErrorCode, ErrorSpec> = {
  [FilesErrorCode.NoFile]: [ErrorCategory.BadUserInput, 'Choose a file to upload.', 'file'],
  [FilesErrorCode.UnsupportedType]: [
    ErrorCategory.BadUserInput,
    'This type of file is not allowed. Upload a PDF, Word, Excel, PowerPoint, CSV or text document, or a PNG, JPEG or WebP image.',
    'file',
  ],
  [FilesErrorCode.ExtensionMismatch]: [
    ErrorCategory.BadUserInput,
    'The file’s content does not match its name. Check it is the file you meant to upload.',
    'file',
  ],
  [FilesErrorCode.TooLarge]: [ErrorCategory.BadUserInput, 'The file is too large.', 'file'],
  [FilesErrorCode.NotFound]: [ErrorCategory.NotFound, 'That file was not found.'],
  [FilesErrorCode.AltTextTooLong]: [
    ErrorCategory.BadUserInput,
    `Alt text must be ${ALT_TEXT_MAX_LENGTH} characters or fewer.`,
    'altText',
  ],
  [FilesErrorCode.Damaged]: [
    ErrorCategory.BadUserInput,
    'This file appears to be damaged or incomplete, so it cannot be checked. Save it again and try again.',
    'file',
  ],
  [FilesErrorCode.Encrypted]: [
    ErrorCategory.BadUserInput,
    'This file is password-protected or encrypted, so it cannot be checked. Remove the password and try again.',
    'file',
  ],
  [FilesErrorCode.ArchiveTooLarge]: [
    ErrorCategory.BadUserInput,
    'This document expands to far more data than its size suggests (it may be a “zip bomb”) and cannot be uploaded.',
    'file',
  ],
  [FilesErrorCode.NestedArchive]: [
    ErrorCategory.BadUserInput,
    'This document contains archives inside other archives and cannot be uploaded.',
    'file',
  ],
  [FilesErrorCode.Macros]: [
    ErrorCategory.BadUserInput,
    'This Office document contains macros and cannot be uploaded. Save it as a document without macros (.docx, .xlsx or .pptx) and try again.',
    'file',
  ],
  [FilesErrorCode.PdfJavaScript]: [
    ErrorCategory.BadUserInput,
    'This PDF contains JavaScript and cannot be uploaded.',
    'file',
  ],
  [FilesErrorCode.PdfLaunch]: [
    ErrorCategory.BadUserInput,
    'This PDF contains an action that launches other programs and cannot be uploaded.',
    'file',
  ],
  [FilesErrorCode.PdfEmbeddedFile]: [
    ErrorCategory.BadUserInput,
    'This PDF contains embedded files and cannot be uploaded.',
    'file',
  ],
  [FilesErrorCode.EmbeddedMarkup]: [
    ErrorCategory.BadUserInput,
    'This file also contains web page code (HTML, SVG or script) and cannot be uploaded.',
    'file',
  ],
  [FilesErrorCode.Infected]: [
    ErrorCategory.BadUserInput,
    'This file contains a virus or other malware and cannot be uploaded.',
    'file',
  ],
};

export class FilesException extends domainExceptionFrom(CATEGORY) {}

/** The virus scanner could not give an answer: the upload is refused (fail closed) with 503. */
export class ScanUnavailableException extends DomainException {
  constructor() {
    super(
      'SCAN_UNAVAILABLE',
      ErrorCategory.ServiceUnavailable,
      'This file could not be checked for viruses just now. Try again in a few minutes.',
    );
  }
}
