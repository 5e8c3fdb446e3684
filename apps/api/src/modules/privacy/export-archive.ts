import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ZipFile } from 'yazl';

import type { PersonalDataSubject } from '../../common/privacy/personal-data-source';
import { GeneratedFilesService } from '../files/generated-files.service';
import { PersonalDataService } from './personal-data.service';

export const EXPORT_OWNER_TYPE = 'DATA_EXPORT';

/** Safe file names inside the ZIP: no directories, no control characters. */
export function zipEntryName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .replace(/^\.+/, '_');
  return cleaned.slice(0, 180) || 'file';
}

const README = `This ZIP holds the personal data the Midlands Improvement Commons keeps about you.
Each .json file is one part of the service (profile, memberships, comments, registrations, ...).
The uploads/ folder holds the files you uploaded.
`;

/** Builds a person's export ZIP (JSON files and their uploads) and keeps it in file storage. */
@Injectable()
export class ExportArchive {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly files: GeneratedFilesService,
  ) {}

  subject(userId: string): Promise<PersonalDataSubject> {
    return this.personalData.subject(userId);
  }

  async build(
    exportId: string,
    subject: PersonalDataSubject,
    progress: (percent: number) => Promise<void>,
  ): Promise<{ fileId: string; byteSize: number }> {
    const { parts, uploads } = await this.personalData.parts(subject, (done) =>
      progress(5 + done * 70),
    );
    const zip = new ZipFile();
    const output = collect(zip.outputStream);
    zip.addBuffer(Buffer.from(README, 'utf8'), 'README.txt');
    const used = new Set<string>();
    for (const part of parts) {
      const name = unique(zipEntryName(part.file), used);
      zip.addBuffer(Buffer.from(JSON.stringify(part.data, null, 2), 'utf8'), name);
    }
    for (const upload of uploads) {
      zip.addReadStream(upload.open(), `uploads/${unique(zipEntryName(upload.name), used)}`);
    }
    zip.end();
    const data = await output;
    await progress(90);
    const stored = await this.files.store({
      ownerUserId: subject.userId,
      name: `my-data-${exportId.slice(0, 8)}.zip`,
      contentType: 'application/zip',
      extension: 'zip',
      data,
      ownerType: EXPORT_OWNER_TYPE,
      ownerId: exportId,
    });
    return { fileId: stored.id, byteSize: data.length };
  }

  open(fileId: string) {
    return this.files.open(fileId);
  }

  remove(fileIds: readonly string[], manager?: EntityManager): Promise<void> {
    return this.files.remove(fileIds, manager);
  }
}

function unique(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i += 1) candidate = `${i}-${name}`;
  used.add(candidate);
  return candidate;
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
