import PDFDocument from 'pdfkit';

import type { AssessmentEntity } from './entities/assessment.entity';
import type { AssessmentFormData } from './entities/toolkit-version.entity';

const csvCell = (value: string): string => {
  // Neutralise spreadsheet formulas, then quote.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function assessmentCsv(
  title: string,
  form: AssessmentFormData,
  assessment: AssessmentEntity,
): string {
  const rows = [['Toolkit', 'Section', 'Question', 'Answer'].map(csvCell).join(',')];
  for (const section of form.sections) {
    for (const q of section.questions) {
      rows.push(
        [title, section.title, q.label, String(assessment.answers[q.key] ?? '')]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function assessmentPdf(
  title: string,
  form: AssessmentFormData,
  assessment: AssessmentEntity,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: `${title}: assessment` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(`${title}: assessment`);
    doc
      .moveDown(0.5)
      .fontSize(10)
      .text(
        `Status: ${assessment.status}${assessment.submittedAt ? `, submitted ${assessment.submittedAt.toISOString().slice(0, 10)}` : ''}`,
      );
    for (const section of form.sections) {
      doc.moveDown().fontSize(14).text(section.title);
      for (const q of section.questions) {
        doc.moveDown(0.3).fontSize(11).text(q.label, { continued: false });
        doc
          .fontSize(10)
          .fillColor('#333333')
          .text(String(assessment.answers[q.key] ?? '(not answered)'))
          .fillColor('#000000');
      }
    }
    doc.end();
  });
}
