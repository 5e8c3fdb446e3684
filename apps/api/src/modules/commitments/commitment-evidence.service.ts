import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { DomainException } from '../../common/errors/domain.exception';
import { CaseStudiesService } from '../case-studies/case-studies.service';
import { EventsService } from '../events/events.service';
import { FilesRepository } from '../files/files.repository';
import { EvidenceKind } from './commitment.enums';
import { CommitmentMeasurementEvidence } from './commitment-measurement-evidence.service';
import type { CommitmentEvidenceInput } from './graphql/commitment.inputs';
import { CommitmentsErrorCode as Code, CommitmentsException } from './commitments.exception';

/** Owner type of files attached to a progress update (stored_file.owner_type). */
export const COMMITMENT_UPDATE_FILE_OWNER = 'COMMITMENT_UPDATE';

/** Evidence checked and ready to store: titles and paths are copied at the time of the update. */
export interface ResolvedEvidence {
  kind: EvidenceKind;
  targetId: string | null;
  url: string | null;
  title: string;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks the evidence of a progress update: everything cited must be
 * visible to the person reporting (case studies, events, outcome figures),
 * files must be their own unattached uploads (from POST /files), and links
 * must be http(s). Files are attached to the update in its transaction.
 */
@Injectable()
export class CommitmentEvidenceService {
  constructor(
    private readonly caseStudies: CaseStudiesService,
    private readonly events: EventsService,
    private readonly measurements: CommitmentMeasurementEvidence,
    private readonly files: FilesRepository,
  ) {}

  async resolve(actor: AuthUser, items: CommitmentEvidenceInput[]): Promise<ResolvedEvidence[]> {
    const out: ResolvedEvidence[] = [];
    for (const [index, item] of items.entries()) {
      const resolved = await this.resolveOne(actor, item, `evidence[${index}]`);
      if (
        resolved.targetId &&
        out.some((e) => e.kind === item.kind && e.targetId === resolved.targetId)
      )
        throw new CommitmentsException(Code.EvidenceDuplicate, `evidence[${index}]`);
      out.push(resolved);
    }
    return out;
  }

  /**
   * Attaches the update's files to it (in the update's transaction). All or
   * nothing: a file attached elsewhere meanwhile rolls the update back.
   */
  async attachFiles(
    manager: EntityManager,
    actor: AuthUser,
    updateId: string,
    evidence: ResolvedEvidence[],
  ): Promise<void> {
    const ids = evidence
      .filter((e) => e.kind === EvidenceKind.FILE && e.targetId)
      .map((e) => e.targetId as string);
    if (!ids.length) return;
    const attached = await this.files.attach(
      manager,
      ids,
      actor.id,
      COMMITMENT_UPDATE_FILE_OWNER,
      updateId,
    );
    if (attached !== ids.length) throw new CommitmentsException(Code.EvidenceNotFound);
  }

  private async resolveOne(
    actor: AuthUser,
    item: CommitmentEvidenceInput,
    field: string,
  ): Promise<ResolvedEvidence> {
    const notFound = () => new CommitmentsException(Code.EvidenceNotFound, field);
    switch (item.kind) {
      case EvidenceKind.CASE_STUDY: {
        if (!item.targetId) throw notFound();
        try {
          const cs = await this.caseStudies.visibleById(actor, item.targetId);
          return {
            kind: item.kind,
            targetId: cs.id,
            url: `/case-studies/${cs.slug}`,
            title: cs.title,
          };
        } catch (error) {
          if (error instanceof DomainException) throw notFound();
          throw error;
        }
      }
      case EvidenceKind.EVENT: {
        const event = item.targetId ? await this.events.event(actor, item.targetId) : null;
        if (!event) throw notFound();
        return {
          kind: item.kind,
          targetId: event.id,
          url: `/events/${event.id}`,
          title: event.title,
        };
      }
      case EvidenceKind.MEASUREMENT: {
        const cited = item.targetId ? await this.measurements.cite(actor, item.targetId) : null;
        if (!cited) throw new CommitmentsException(Code.MeasurementNotCitable, field);
        return { kind: item.kind, targetId: cited.id, url: cited.url, title: cited.title };
      }
      case EvidenceKind.FILE: {
        const file = item.targetId ? await this.files.findById(item.targetId) : null;
        if (!file || file.uploadedById !== actor.id || file.ownerType !== null) throw notFound();
        return {
          kind: item.kind,
          targetId: file.id,
          url: `/files/${file.id}`,
          title: item.title?.trim() || file.originalName,
        };
      }
      case EvidenceKind.LINK: {
        const title = item.title?.trim();
        const url = item.url?.trim();
        if (!title || !url || !isHttpUrl(url))
          throw new CommitmentsException(Code.EvidenceIncomplete, field);
        return { kind: item.kind, targetId: null, url, title };
      }
      default:
        throw new CommitmentsException(Code.EvidenceKindNotSupported, field);
    }
  }
}
