import DataLoader from 'dataloader';

import { defineLoaders } from '../../../common/loaders/request-loaders';
import { UsersRepository } from '../../users/users.repository';
import type { CommitmentUpdateModel } from '../graphql/commitment.model';
import { toUpdateModel } from '../commitments.mapper';
import { CommitmentsRepository } from '../commitments.repository';

/** The updates of each commitment (newest first) with their evidence, in three statements per batch. */
const updatesByCommitmentIdLoader = (repo: CommitmentsRepository, users: UsersRepository) =>
  new DataLoader<string, CommitmentUpdateModel[]>(async (ids) => {
    const updates = await repo.findUpdates(ids);
    const [evidence, people] = await Promise.all([
      repo.findEvidence(updates.map((u) => u.id)),
      users.contactsByIds(updates.map((u) => u.createdById).filter((id): id is string => !!id)),
    ]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    return ids.map((id) =>
      updates
        .filter((u) => u.commitmentId === id)
        .map((u) =>
          toUpdateModel(
            u,
            evidence.filter((e) => e.updateId === u.id),
            names,
          ),
        ),
    );
  });

const commitmentsLoaders = (repo: CommitmentsRepository, users: UsersRepository) => ({
  commitmentUpdatesByCommitmentId: updatesByCommitmentIdLoader(repo, users),
});

type CommitmentsLoaders = ReturnType<typeof commitmentsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the commitments loaders to the bag
  interface RequestLoaders extends CommitmentsLoaders {}
}

/** Contributes the commitments loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const CommitmentsLoadersContribution = defineLoaders(
  'commitments',
  [CommitmentsRepository, UsersRepository],
  commitmentsLoaders,
);
