import { DomainException } from '../../common/errors/domain.exception';
import { ErrorCategory } from '../../common/errors/error-category';

export enum FilesErrorCode {
  NoFile = 'NO_FILE',
  UnsupportedType = 'UNSUPPORTED_TYPE',
  ExtensionMismatch = 'EXTENSION_MISMATCH',
  TooLarge = 'TOO_LARGE',
  NotFound = 'FILE_NOT_FOUND',
  AltTextTooLong = 'ALT_TEXT_TOO_LONG',
}

const CATEGORY: Record<FilesErrorCode, [ErrorCategory, string, string?]> = {
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
    'Alt text must be 500 characters or fewer.',
    'altText',
  ],
};

export class FilesException extends DomainException {
  constructor(code: FilesErrorCode) {
    const [category, message, field] = CATEGORY[code];
    super(code, category, message, field);
  }
}
