import { apiToken, gql, startOutcomeImport } from './api';

/** Who a page is walked as: signed out, or one of the demo accounts. */
export type Who =
  'anonymous' | 'member' | 'lead' | 'organiser' | 'admin' | 'moderator' | 'icsadmin';

export const DEMO_EMAILS: Record<Exclude<Who, 'anonymous'>, string> = {
  member: 'member@example.org',
  lead: 'lead@example.org',
  organiser: 'organiser@example.org',
  admin: 'admin@example.org',
  moderator: 'moderator@example.org',
  icsadmin: 'icsadmin@example.org',
};

/** Real ids for the dynamic segments of the routes, from the seeded data (plus a few things the walk makes). */
export interface WalkIds {
  /** The seeded upcoming event with questions and quotas (Learning Day). */
  event: string;
  /** The seeded online event (data clinic), for the registration page. */
  onlineEvent: string;
  /** An event the walk creates, starts and completes, with one delegate (icsadmin@). */
  completedEvent: string;
  /** icsadmin@'s confirmed registration for `completedEvent`. */
  registration: string;
  caseStudySlug: string;
  /** A draft case study of lead@'s organisation, made by the walk. */
  draftCaseStudySlug: string;
  /** A current outcome figure of the draft (the correct and remove pages). */
  draftFigure: string;
  adoption: string;
  organisation: string;
  thread: string;
  /** The walk thread's first comment (icsadmin@'s: the edit and remove pages are walked as icsadmin@). */
  threadComment: string;
  /** lead@'s user id, for their profile page. */
  person: string;
  assessment: string;
  toolkitSlug: string;
  metricKey: string;
  icsOdsCode: string;
  /** A seeded commitment (owned by admin@). */
  commitment: string;
  /** A board pack lead@ asks for (Black Country, CSV), for its progress page. */
  boardPack: string;
  outcomeImport: string;
  /** An unconfirmed import of the adoption's figures (one good row, one bad). */
  adoptionOutcomeImport: string;
  /** The seeded demo organisation sign-in connection (regional admins edit it). */
  ssoConnection: string;
}

const WALK_TAG = 'Page walk';

interface Connection<T> {
  edges: Array<{ node: T }>;
}

async function until(moment: number): Promise<void> {
  const wait = moment - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * Finds (or, once per database, makes) what the walk needs: a completed
 * event with a delegate, a draft case study, an adoption, a discussion
 * thread and an assessment. Idempotent, so the walk can run again on the same
 * database. Uses demo accounts that the other journeys do not depend on for
 * these things (icsadmin@ registers, adopts and starts the thread;
 * moderator@ starts the assessment).
 */
export async function loadWalkIds(): Promise<WalkIds> {
  const [organiser, icsadmin, lead, moderator] = await Promise.all([
    apiToken(DEMO_EMAILS.organiser),
    apiToken(DEMO_EMAILS.icsadmin),
    apiToken(DEMO_EMAILS.lead),
    apiToken(DEMO_EMAILS.moderator),
  ]);

  const seeded = await gql<{
    events: Connection<{ id: string; title: string; status: string }>;
    organisations: Connection<{ id: string }>;
    caseStudies: Connection<{ id: string; slug: string; organisation: { name: string } }>;
    toolkit: { id: string; slug: string } | null;
    metrics: Array<{ key: string }>;
    icss: Array<{ odsCode: string }>;
    commitments: Connection<{ id: string }>;
  }>(
    `{
      events(first: 50) { edges { node { id title status } } }
      organisations(first: 1) { edges { node { id } } }
      caseStudies(first: 20) { edges { node { id slug organisation { name } } } }
      toolkit(slug: "heat") { id slug }
      metrics { key }
      icss { odsCode }
      commitments(first: 1) { edges { node { id } } }
    }`,
    {},
    organiser,
  );
  const events = seeded.events.edges.map((e) => e.node);
  const eventNamed = (title: string) => {
    const found = events.find((e) => e.title === title);
    if (!found) throw new Error(`Seeded event not found: ${title}`);
    return found.id;
  };
  // The oldest seeded case study not led by lead@'s organisation, and not Work4Health (whose
  // adopters and figures other journeys count).
  const caseStudy = seeded.caseStudies.edges
    .map((e) => e.node)
    .reverse()
    .find(
      (c) =>
        c.organisation.name !== 'Walsall Healthcare NHS Trust' && !c.slug.startsWith('work4health'),
    );
  if (!caseStudy || !seeded.toolkit)
    throw new Error('Seeded case studies or the HEAT toolkit are missing');

  // A completed event with one confirmed delegate: its delegate, attendance and feedback pages.
  const completedTitle = `${WALK_TAG}: completed event`;
  let completedEvent = events.find(
    (e) => e.title === completedTitle && e.status === 'COMPLETED',
  )?.id;
  if (!completedEvent) {
    const startsAt = Date.now() + 3_000;
    const created = await gql<{ createEvent: { id: string } }>(
      'mutation Create($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      {
        input: {
          title: completedTitle,
          description: 'Made by the page walk so completed-event pages have something to show.',
          capacity: 20,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3_600_000).toISOString(),
          venueName: 'The Walk Room, Birmingham',
        },
      },
      organiser,
    );
    completedEvent = created.createEvent.id;
    await gql(
      'mutation Publish($id: ID!) { publishEvent(id: $id) { id } }',
      { id: completedEvent },
      organiser,
    );
    await gql(
      'mutation Register($input: RegisterForEventInput!) { registerForEvent(input: $input) { id } }',
      { input: { eventId: completedEvent, consent: true } },
      icsadmin,
    );
    await until(startsAt + 500);
    await gql(
      'mutation Complete($id: ID!) { completeEvent(id: $id) { id } }',
      { id: completedEvent },
      organiser,
    );
  }
  const mine = await gql<{
    myRegistrations: Array<{ id: string; event: { id: string } }>;
    myAssessments: Array<{ id: string }>;
  }>('{ myRegistrations { id event { id } } myAssessments { id } }', {}, icsadmin);
  const registration = mine.myRegistrations.find((r) => r.event.id === completedEvent)?.id;
  if (!registration) throw new Error('The walk registration is missing');

  // A draft case study of lead@'s organisation (the editor's steps).
  const drafts = await gql<{ caseStudies: Connection<{ slug: string; title: string }> }>(
    '{ caseStudies(filter: { mine: true, status: DRAFT }, first: 50) { edges { node { slug title } } } }',
    {},
    lead,
  );
  let draftCaseStudySlug = drafts.caseStudies.edges.find((e) => e.node.title.startsWith(WALK_TAG))
    ?.node.slug;
  if (!draftCaseStudySlug) {
    const created = await gql<{ createCaseStudy: { slug: string } }>(
      'mutation Create($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { slug } }',
      {
        input: { title: `${WALK_TAG} draft case study`, summary: 'A draft made by the page walk.' },
      },
      lead,
    );
    draftCaseStudySlug = created.createCaseStudy.slug;
  }
  // A figure on the draft, for the outcome figure pages.
  const draft = await gql<{
    caseStudy: { id: string; outcomes: Array<{ measurements: Array<{ id: string }> }> };
  }>(
    'query D($slug: String!) { caseStudy(slug: $slug) { id outcomes { measurements { id } } } }',
    { slug: draftCaseStudySlug },
    lead,
  );
  let draftFigure = draft.caseStudy.outcomes[0]?.measurements[0]?.id;
  if (!draftFigure) {
    const added = await gql<{ addOutcomeMeasurement: { id: string } }>(
      'mutation A($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id } }',
      {
        input: {
          caseStudyId: draft.caseStudy.id,
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 12,
          measuredOn: '2025-03-31',
          periodStart: '2024-04-01',
          sourceTitle: 'Walk board report',
        },
      },
      lead,
    );
    draftFigure = added.addOutcomeMeasurement.id;
  }

  // An adoption (icsadmin@'s organisation adopts another organisation's case study).
  // Other journeys adopt the same case study as other organisations: pick
  // one icsadmin@ may edit, or the walk finds no forms on it.
  const adoptions = await gql<{ adoptions: Array<{ id: string; canEdit: boolean }> }>(
    'query Adoptions($filter: AdoptionsFilter) { adoptions(filter: $filter) { id canEdit } }',
    { filter: { caseStudyId: caseStudy.id } },
    icsadmin,
  ).catch(() => ({ adoptions: [] as Array<{ id: string; canEdit: boolean }> }));
  let adoption = adoptions.adoptions.find((a) => a.canEdit)?.id;
  if (!adoption) {
    const me = await gql<{ me: { organisation: { id: string } | null } }>(
      '{ me { organisation { id } } }',
      {},
      icsadmin,
    );
    const created = await gql<{ adoptCaseStudy: { id: string } }>(
      'mutation Adopt($input: AdoptCaseStudyInput!) { adoptCaseStudy(input: $input) { id } }',
      { input: { caseStudyId: caseStudy.id, organisationId: me.me.organisation?.id } },
      icsadmin,
    );
    adoption = created.adoptCaseStudy.id;
  }

  // A discussion thread on the HEAT toolkit.
  const threads = await gql<{ threads: Connection<{ id: string; title: string }> }>(
    'query Threads($filter: ThreadsFilter!) { threads(filter: $filter, first: 50) { edges { node { id title } } } }',
    { filter: { subjectType: 'TOOLKIT', subjectId: seeded.toolkit.id } },
    icsadmin,
  );
  let thread = threads.threads.edges.find((e) => e.node.title.startsWith(WALK_TAG))?.node.id;
  if (!thread) {
    const created = await gql<{ startThread: { id: string } }>(
      'mutation Start($input: StartThreadInput!) { startThread(input: $input) { id } }',
      {
        input: {
          subjectType: 'TOOLKIT',
          subjectId: seeded.toolkit.id,
          title: `${WALK_TAG} thread`,
          body: 'Started by the page walk.',
        },
      },
      icsadmin,
    );
    thread = created.startThread.id;
  }

  const firstComment = await gql<{
    thread: { comments: Connection<{ id: string }> };
    me: { id: string };
  }>(
    'query First($id: ID!) { thread(id: $id) { comments(first: 1) { edges { node { id } } } } me { id } }',
    { id: thread },
    icsadmin,
  );
  const threadComment = firstComment.thread.comments.edges[0]?.node.id;
  if (!threadComment) throw new Error('The walk thread has no comment');
  const leadMe = await gql<{ me: { id: string } }>('{ me { id } }', {}, lead);

  // An assessment on the HEAT toolkit's form.
  const assessments = await gql<{ myAssessments: Array<{ id: string }> }>(
    '{ myAssessments { id } }',
    {},
    moderator,
  );
  let assessment = assessments.myAssessments[0]?.id;
  if (!assessment) {
    const created = await gql<{ startAssessment: { id: string } }>(
      'mutation Start($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }',
      { input: { toolkitId: seeded.toolkit.id } },
      moderator,
    );
    assessment = created.startAssessment.id;
  }

  // A board pack of lead@'s ICS (each walk asks for a new one: packs are cheap and never change).
  const pack = await gql<{ requestBoardPack: { id: string } }>(
    'mutation Pack($input: RequestBoardPackInput!) { requestBoardPack(input: $input) { id } }',
    { input: { odsCode: 'QUA', format: 'CSV' } },
    lead,
  );

  // An outcome-figure import on the draft case study (one good row, one bad), left unconfirmed.
  const outcomeImport = await startOutcomeImport(
    lead,
    draft.caseStudy.id,
    [
      'metric_key,value,period_start,period_end,source_title',
      'LOCAL_RESIDENTS_INTO_JOBS,7,2023-04-01,2023-06-30,Walk import',
      'NOT_A_METRIC,oops,,2023-06-30,',
    ].join('\n'),
  );

  // The same for the adoption's own figures (icsadmin@'s organisation is the adopter).
  const adoptionOutcomeImport = await startOutcomeImport(
    icsadmin,
    { adoptionId: adoption },
    [
      'metric_key,value,period_start,period_end,source_title',
      'LOCAL_RESIDENTS_INTO_JOBS,3,2023-04-01,2023-06-30,Walk adoption import',
      'NOT_A_METRIC,oops,,2023-06-30,',
    ].join('\n'),
  );

  const organisation = seeded.organisations.edges[0]?.node.id;
  if (!organisation) throw new Error('No seeded organisations');
  const sso = await gql<{ ssoConnections: Array<{ id: string }> }>(
    '{ ssoConnections { id } }',
    {},
    await apiToken(DEMO_EMAILS.admin),
  );
  const ssoConnection = sso.ssoConnections[0]?.id;
  if (!ssoConnection) throw new Error('No seeded organisation sign-in connection');
  return {
    event: eventNamed('Midlands Anchor Institutions Learning Day'),
    onlineEvent: eventNamed('Health inequalities data clinic (online)'),
    completedEvent,
    registration,
    caseStudySlug: caseStudy.slug,
    draftCaseStudySlug,
    draftFigure,
    adoption,
    organisation,
    thread,
    threadComment,
    person: leadMe.me.id,
    assessment,
    toolkitSlug: seeded.toolkit.slug,
    metricKey: seeded.metrics[0]?.key ?? 'LOCAL_RESIDENTS_INTO_JOBS',
    icsOdsCode: seeded.icss.some((i) => i.odsCode === 'QUA') ? 'QUA' : seeded.icss[0].odsCode,
    commitment: seeded.commitments.edges[0].node.id,
    boardPack: pack.requestBoardPack.id,
    outcomeImport,
    adoptionOutcomeImport,
    ssoConnection,
  };
}
