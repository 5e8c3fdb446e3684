import PDFDocument from 'pdfkit';
import { toBuffer as qrToBuffer } from 'qrcode';

export interface Badge {
  registrationId: string;
  name: string;
  organisation: string;
  ics: string | null;
}

const MM = 72 / 25.4;

/** A4 sheets of name badges, 2 × 4 per page: name, organisation, ICS and a check-in QR code. */
export async function buildBadgesPdf(eventTitle: string, badges: Badge[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: `Badges: ${eventTitle}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = 90 * MM;
  const height = 62 * MM;
  const left = (210 * MM - 2 * width) / 2;
  const top = (297 * MM - 4 * height) / 2;
  for (let i = 0; i < badges.length; i += 1) {
    if (i > 0 && i % 8 === 0) doc.addPage();
    const slot = i % 8;
    const x = left + (slot % 2) * width;
    const y = top + Math.floor(slot / 2) * height;
    const b = badges[i];
    doc.rect(x, y, width, height).lineWidth(0.5).strokeColor('#aeb7bd').stroke();
    doc.fillColor('#005eb8').font('Helvetica').fontSize(8).text(eventTitle, x + 8, y + 8, { width: width - 16, height: 20, ellipsis: true });
    doc.fillColor('#212b32').font('Helvetica-Bold').fontSize(18).text(b.name, x + 8, y + 30, { width: width - 80, height: 48, ellipsis: true });
    doc.font('Helvetica').fontSize(10).text(b.organisation, x + 8, y + 82, { width: width - 80, height: 40, ellipsis: true });
    if (b.ics) doc.fontSize(9).fillColor('#4c6272').text(b.ics, x + 8, y + 126, { width: width - 80 });
    const qr = await qrToBuffer(`mic-ticket:${b.registrationId}`, { type: 'png', margin: 1, width: 160 });
    doc.image(qr, x + width - 68, y + height - 68, { width: 60, height: 60 });
  }
  if (!badges.length) doc.font('Helvetica').fontSize(12).text('No confirmed delegates yet.', 40, 40);
  doc.end();
  return done;
}
