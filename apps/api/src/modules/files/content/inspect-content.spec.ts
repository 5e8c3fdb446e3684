import { detectFileType } from '../file-type';
import * as fx from '../../../../test/integration/files/fixtures';
import { BudgetExceededError, InflateBudget, inflateBounded } from './bounded-inflate';
import { ContentRefusal } from './content-refusal';
import type { RefusalReason } from './content-refusal';
import { inspectContent, refusalForUnknown } from './inspect-content';
import { decodePdfName } from './pdf-inspect';

async function reasonFor(
  buf: Buffer,
  extension: string,
  limits?: Parameters<typeof inspectContent>[2],
): Promise<RefusalReason | 'ok' | 'unknown-type'> {
  const detected = detectFileType(buf, extension);
  if (!detected) return refusalForUnknown(buf)?.reason ?? 'unknown-type';
  try {
    await inspectContent(buf, detected, limits);
    return 'ok';
  } catch (error) {
    if (error instanceof ContentRefusal) return error.reason;
    throw error;
  }
}

describe('inspectContent', () => {
  describe('ordinary files', () => {
    it('should pass a real PDF, PNG, JPEG, DOCX and XLSX', async () => {
      expect(await reasonFor(await fx.realPdf(), 'pdf')).toBe('ok');
      expect(await reasonFor(await fx.realPng(), 'png')).toBe('ok');
      expect(await reasonFor(fx.realJpeg(), 'jpg')).toBe('ok');
      expect(await reasonFor(fx.realDocx(), 'docx')).toBe('ok');
      expect(await reasonFor(fx.realXlsx(), 'xlsx')).toBe('ok');
      expect(await reasonFor(fx.realPptx(), 'pptx')).toBe('ok');
      expect(await reasonFor(fx.realWebp(), 'webp')).toBe('ok');
    });

    it('should pass a DOCX that embeds a clean XLSX (a chart’s data)', async () => {
      const docx = fx.zip([
        ...fx.docxEntries(),
        { name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx', data: fx.realXlsx() },
      ]);
      expect(await reasonFor(docx, 'docx')).toBe('ok');
    });
  });

  describe('PDF', () => {
    it('should refuse JavaScript, hex-escaped or not', async () => {
      expect(
        await reasonFor(fx.pdfWithOpenAction('<< /S /JavaScript /JS (app.alert(1)) >>'), 'pdf'),
      ).toBe('PdfJavaScript');
      expect(
        await reasonFor(fx.pdfWithOpenAction('<< /S /J#61vaScript /J#53 (app.alert(1)) >>'), 'pdf'),
      ).toBe('PdfJavaScript');
      expect(
        await reasonFor(
          fx.pdfWithOpenAction('<< /S /URI /URI (javascript:app.alert(1)) >>'),
          'pdf',
        ),
      ).toBe('PdfJavaScript');
    });

    it('should refuse JavaScript packed in a FlateDecode object stream', async () => {
      expect(await reasonFor(fx.pdfWithJavaScriptInObjectStream(), 'pdf')).toBe('PdfJavaScript');
      // Mislabelled, so a check that trusts /Type would skip it.
      expect(await reasonFor(fx.pdfWithJavaScriptInObjectStream(false, '/XObject'), 'pdf')).toBe(
        'PdfJavaScript',
      );
    });

    it('should pass a clean FlateDecode object stream', async () => {
      expect(await reasonFor(fx.pdfWithJavaScriptInObjectStream(true), 'pdf')).toBe('ok');
    });

    it('should refuse Launch actions and embedded files', async () => {
      expect(await reasonFor(fx.pdfWithOpenAction('<< /S /Launch /F (cmd.exe) >>'), 'pdf')).toBe(
        'PdfLaunch',
      );
      expect(await reasonFor(fx.pdfWithEmbeddedFile(), 'pdf')).toBe('PdfEmbeddedFile');
    });

    it('should refuse a PDF/HTML polyglot', async () => {
      expect(await reasonFor(fx.pdfHtmlPolyglot(), 'pdf')).toBe('EmbeddedMarkup');
    });

    it('should not read names inside ordinary stream data', async () => {
      const pdf = fx.pdfFrom([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        '<< /Length 12 >>\nstream\n/JS (x) Tj \nendstream',
      ]);
      expect(await reasonFor(pdf, 'pdf')).toBe('ok');
    });

    it('should decode #xx escapes in names', () => {
      expect(decodePdfName('J#61vaScript')).toBe('JavaScript');
      expect(decodePdfName('Launch')).toBe('Launch');
    });
  });

  describe('PNG and images', () => {
    it('should refuse markup in a text chunk or a compressed text chunk', async () => {
      expect(await reasonFor(await fx.pngHtmlPolyglot(), 'png')).toBe('EmbeddedMarkup');
      expect(await reasonFor(await fx.pngWithCompressedScript(), 'png')).toBe('EmbeddedMarkup');
    });

    it('should refuse a JPEG with a script after its end', async () => {
      const jpeg = Buffer.concat([fx.realJpeg(), Buffer.from('<script>alert(1)</script>')]);
      expect(await reasonFor(jpeg, 'jpg')).toBe('EmbeddedMarkup');
    });
  });

  describe('Office macros', () => {
    it('should refuse vbaProject.bin and macro-enabled content types whatever the extension', async () => {
      expect(await reasonFor(fx.docmWithVbaProject(), 'docx')).toBe('Macros');
      expect(await reasonFor(fx.docmWithVbaProject(), 'docm')).toBe('Macros');
      expect(await reasonFor(fx.docxWithMacroContentType(), 'docx')).toBe('Macros');
    });

    it('should name macros in a legacy OLE document', async () => {
      expect(await reasonFor(fx.oleWithMacros(), 'doc')).toBe('Macros');
      expect(await reasonFor(fx.oleWithMacros().subarray(0, 512), 'xls')).toBe('unknown-type');
    });
  });

  describe('ZIP containers', () => {
    const small = { maxInflatedBytes: 1024 * 1024, maxZipEntries: 100 };

    it('should stop a bomb while inflating it', async () => {
      expect(await reasonFor(await fx.docxBomb(8 * 1024 * 1024), 'docx', small)).toBe(
        'ArchiveTooLarge',
      );
    });

    it('should stop an entry that inflates beyond its declared size', async () => {
      expect(await reasonFor(await fx.docxBomb(8 * 1024 * 1024, 1000), 'docx', small)).toBe(
        'ArchiveTooLarge',
      );
    });

    it('should refuse too many entries', async () => {
      const many = fx.zip([
        ...fx.docxEntries(),
        ...Array.from({ length: 120 }, (_, i) => ({ name: `word/media/${i}.xml`, data: 'x' })),
      ]);
      expect(await reasonFor(many, 'docx', small)).toBe('ArchiveTooLarge');
    });

    it('should refuse overlapping entries', async () => {
      expect(await reasonFor(fx.docxOverlapping(), 'docx')).toBe('ArchiveTooLarge');
    });

    it('should refuse a ZIP inside a ZIP inside a document', async () => {
      expect(await reasonFor(fx.docxNested(), 'docx')).toBe('NestedArchive');
    });

    it('should refuse a truncated container', async () => {
      const result = await reasonFor(fx.truncated(fx.realDocx()), 'docx');
      expect(['Damaged', 'unknown-type']).toContain(result);
    });
  });
});

describe('inflateBounded', () => {
  it('should give up as soon as the budget is spent, without inflating the rest', async () => {
    const bomb = await fx.deflatedZeros(64 * 1024 * 1024);
    const budget = new InflateBudget(256 * 1024);
    await expect(inflateBounded(bomb, budget, 'raw')).rejects.toBeInstanceOf(BudgetExceededError);
    // Stopped within a chunk or two of the budget, not 64 MB later.
    expect(budget.remaining).toBeGreaterThan(-256 * 1024);
  });
});
