/** Why an upload's content is refused (each maps to a FilesErrorCode with a human message). */
export type RefusalReason =
  | 'Damaged'
  | 'Encrypted'
  | 'ArchiveTooLarge'
  | 'NestedArchive'
  | 'Macros'
  | 'PdfJavaScript'
  | 'PdfLaunch'
  | 'PdfEmbeddedFile'
  | 'EmbeddedMarkup';

/** Thrown by the content inspectors; the files service turns it into a FilesException. */
export class ContentRefusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`content refused: ${reason}`);
    this.name = 'ContentRefusal';
  }
}
