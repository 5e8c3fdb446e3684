import { Injectable } from '@nestjs/common';

import { AdoptionsRepository } from '../../modules/adoptions/adoptions.repository';
import {
  adaptationsByAdoptionIdLoader,
  adoptionCountByCaseStudyIdLoader,
  adoptionsByCaseStudyIdLoader,
  stageChangesByAdoptionIdLoader,
} from '../../modules/adoptions/loaders/adoptions.loaders';
import { CaseStudiesRepository } from '../../modules/case-studies/case-studies.repository';
import {
  caseStudyByIdLoader,
  filesByCaseStudyIdLoader,
  partnersByCaseStudyIdLoader,
  placeByIdLoader,
  themesByCaseStudyIdLoader,
} from '../../modules/case-studies/loaders/case-studies.loaders';
import {
  latestOutcomesByCaseStudyIdLoader,
  measurementsByAdoptionIdLoader,
  measurementsByCaseStudyIdLoader,
} from '../../modules/metrics/loaders/metrics.loaders';
import { MetricsRepository } from '../../modules/metrics/metrics.repository';
import { DiscussionsRepository } from '../../modules/discussions/discussions.repository';
import {
  originatorReplyByThreadIdLoader,
  reactionsByCommentIdLoader,
  revisionsByCommentIdLoader,
} from '../../modules/discussions/loaders/discussions.loaders';
import { FilesRepository } from '../../modules/files/files.repository';
import {
  assessmentLinksByAdoptionIdLoader,
  assessmentLinksByCaseStudyIdLoader,
  filesByVersionIdLoader,
  versionByIdLoader,
  versionsByToolkitIdLoader,
} from '../../modules/toolkits/loaders/toolkits.loaders';
import { ToolkitsRepository } from '../../modules/toolkits/toolkits.repository';
import { DirectoryRepository } from '../../modules/directory/directory.repository';
import {
  icsByIdLoader,
  icssByOrganisationIdLoader,
  organisationByIdLoader,
  organisationTypeByKeyLoader,
  placesByIcsIdLoader,
  placesByOrganisationIdLoader,
  themeByKeyLoader,
} from '../../modules/directory/loaders/directory.loaders';
import { EventsRepository } from '../../modules/events/events.repository';
import { RegistrationsRepository } from '../../modules/events/registrations/registrations.repository';
import {
  activeRegistrationByUserEventLoader,
  changesByRegistrationIdLoader,
  directoryLabelByKeyLoader,
  eventByIdLoader,
  placeSummaryByEventIdLoader,
  quotasByEventIdLoader,
  waitlistPlaceByRegistrationIdLoader,
} from '../../modules/events/loaders/events.loaders';
import { rolesByUserIdLoader, userByIdLoader } from '../../modules/users/loaders/users.loaders';
import { UsersRepository } from '../../modules/users/users.repository';

/** Builds a fresh bag of DataLoaders for each GraphQL request. */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly users: UsersRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly adoptions: AdoptionsRepository,
    private readonly metrics: MetricsRepository,
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly discussions: DiscussionsRepository,
    private readonly toolkits: ToolkitsRepository,
    private readonly files: FilesRepository,
  ) {}

  create() {
    return {
      icsById: icsByIdLoader(this.directory),
      placesByIcsId: placesByIcsIdLoader(this.directory),
      organisationById: organisationByIdLoader(this.directory),
      icssByOrganisationId: icssByOrganisationIdLoader(this.directory),
      placesByOrganisationId: placesByOrganisationIdLoader(this.directory),
      organisationTypeByKey: organisationTypeByKeyLoader(this.directory),
      themeByKey: themeByKeyLoader(this.directory),
      userById: userByIdLoader(this.users),
      rolesByUserId: rolesByUserIdLoader(this.users),
      placeById: placeByIdLoader(this.directory),
      caseStudyById: caseStudyByIdLoader(this.caseStudies),
      themesByCaseStudyId: themesByCaseStudyIdLoader(this.caseStudies),
      partnersByCaseStudyId: partnersByCaseStudyIdLoader(this.caseStudies),
      adoptionCountByCaseStudyId: adoptionCountByCaseStudyIdLoader(this.adoptions),
      adoptionsByCaseStudyId: adoptionsByCaseStudyIdLoader(this.adoptions),
      stageChangesByAdoptionId: stageChangesByAdoptionIdLoader(this.adoptions),
      adaptationsByAdoptionId: adaptationsByAdoptionIdLoader(this.adoptions),
      latestOutcomesByCaseStudyId: latestOutcomesByCaseStudyIdLoader(this.metrics),
      measurementsByCaseStudyId: measurementsByCaseStudyIdLoader(this.metrics),
      measurementsByAdoptionId: measurementsByAdoptionIdLoader(this.metrics),
      eventById: eventByIdLoader(this.events),
      placeSummaryByEventId: placeSummaryByEventIdLoader(this.registrations),
      quotasByEventId: quotasByEventIdLoader(this.events),
      activeRegistrationByUserEvent: activeRegistrationByUserEventLoader(this.registrations),
      changesByRegistrationId: changesByRegistrationIdLoader(this.registrations),
      waitlistPlaceByRegistrationId: waitlistPlaceByRegistrationIdLoader(this.registrations),
      directoryLabelByKey: directoryLabelByKeyLoader(this.directory),
      reactionsByCommentId: reactionsByCommentIdLoader(this.discussions),
      revisionsByCommentId: revisionsByCommentIdLoader(this.discussions),
      originatorReplyByThreadId: originatorReplyByThreadIdLoader(this.discussions),
      versionsByToolkitId: versionsByToolkitIdLoader(this.toolkits),
      filesByVersionId: filesByVersionIdLoader(this.files),
      filesByCaseStudyId: filesByCaseStudyIdLoader(this.files),
      versionById: versionByIdLoader(this.toolkits),
      assessmentLinksByCaseStudyId: assessmentLinksByCaseStudyIdLoader(this.toolkits),
      assessmentLinksByAdoptionId: assessmentLinksByAdoptionIdLoader(this.toolkits),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;
