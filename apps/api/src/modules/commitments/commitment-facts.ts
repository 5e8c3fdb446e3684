import type { DirectoryRepository } from '../directory/directory.repository';
import type { CommitmentEntity } from './entities/commitment.entity';
import type { CommitmentFacts } from './commitments.policy';
import type { CommitmentsRepository } from './commitments.repository';

/** What the rules look at for one commitment: its owner, organisations and their ICSs. */
export async function commitmentFacts(
  repo: CommitmentsRepository,
  directory: DirectoryRepository,
  c: CommitmentEntity,
): Promise<CommitmentFacts & { leadOrganisationId: string | null }> {
  const orgs = await repo.findOrganisations([c.id]);
  const organisationIds = orgs.map((o) => o.organisationId);
  const icsIds = organisationIds.length
    ? [...new Set((await directory.findIcsLinks(organisationIds)).map((l) => l.icsId))]
    : [];
  return {
    ownerId: c.ownerId,
    organisationIds,
    icsIds,
    leadOrganisationId: orgs.find((o) => o.lead)?.organisationId ?? null,
  };
}
