import type { EntityManager } from 'typeorm';

import data from './data/midlands.json';

interface SeedEvent {
  title: string;
  type: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  audience: string;
  organisers: string[];
  features: string[];
  source: string;
}

const DAY_MS = 86_400_000;

function atNineUtc(daysFromNow: number): Date {
  const d = new Date(Date.now() + daysFromNow * DAY_MS);
  d.setUTCHours(9, 30, 0, 0);
  return d;
}

/**
 * The two real past regional events from the data pack (completed, no
 * registrations) and a few upcoming demo events run by the demo organiser
 * (organiser@example.org). Idempotent: events are matched by title.
 */
export async function seedDemoEvents(manager: EntityManager): Promise<void> {
  const organiser: { id: string; organisation_id: string }[] = await manager.query(
    `SELECT id, organisation_id FROM app_user WHERE email = 'organiser@example.org'`,
  );
  const organiserId = organiser[0]?.id ?? null;
  const organiserOrgId = organiser[0]?.organisation_id ?? null;
  const orgIdByName = async (name: string): Promise<string | null> => {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM organisation WHERE name = $1`,
      [name],
    );
    return rows[0]?.id ?? null;
  };

  const insert = async (e: {
    title: string;
    description: string;
    startsAt: Date;
    endsAt: Date;
    venueName: string | null;
    venueAddress?: string | null;
    onlineUrl?: string | null;
    organisationId: string | null;
    status: string;
    capacity: number;
    themes?: string[];
    icsOdsCodes?: string[];
    questions?: unknown[];
    quotas?: { kind: string; key: string; places: number }[];
    source?: string | null;
  }): Promise<void> => {
    const existing: unknown[] = await manager.query(`SELECT 1 FROM event WHERE title = $1`, [
      e.title,
    ]);
    if (existing.length) return;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO event (title, description, starts_at, ends_at, venue_name, venue_address, online_url,
                          organiser_organisation_id, organiser_user_ids, themes, ics_ods_codes, status, capacity,
                          questions, source, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16) RETURNING id`,
      [
        e.title,
        e.description,
        e.startsAt,
        e.endsAt,
        e.venueName,
        e.venueAddress ?? null,
        e.onlineUrl ?? null,
        e.organisationId,
        organiserId ? [organiserId] : [],
        e.themes ?? [],
        e.icsOdsCodes ?? [],
        e.status,
        e.capacity,
        JSON.stringify(e.questions ?? []),
        e.source ?? null,
        organiserId,
      ],
    );
    for (const q of e.quotas ?? []) {
      await manager.query(
        `INSERT INTO event_quota (event_id, kind, key, places) VALUES ($1, $2, $3, $4)`,
        [rows[0].id, q.kind, q.key, q.places],
      );
    }
  };

  for (const past of (data as unknown as { events: SeedEvent[] }).events) {
    await insert({
      title: past.title,
      description: [
        `**Audience:** ${past.audience}`,
        '',
        ...past.features.map((f) => `- ${f}`),
        '',
        `Organised by ${past.organisers.join(', ')}.`,
      ].join('\n'),
      startsAt: new Date(past.startsAt),
      endsAt: new Date(past.endsAt),
      venueName: past.venue,
      organisationId: await orgIdByName(past.organisers[0]),
      status: 'COMPLETED',
      capacity: 250,
      source: past.source,
    });
  }

  const questions = [
    {
      id: 'role',
      label: 'Which best describes your role?',
      type: 'CHOICE',
      required: true,
      sensitive: false,
      options: [
        'Clinical',
        'Operational or managerial',
        'Public health',
        'Community or voluntary',
        'Patient representative',
        'Other',
      ],
    },
    {
      id: 'access',
      label: 'Do you have any access needs?',
      type: 'TEXT',
      required: false,
      sensitive: true,
      options: [],
    },
    {
      id: 'diet',
      label: 'Do you have any dietary requirements?',
      type: 'TEXT',
      required: false,
      sensitive: true,
      options: [],
    },
    {
      id: 'photos',
      label: 'Are you happy to appear in event photographs?',
      type: 'YES_NO',
      required: true,
      sensitive: false,
      options: ['YES', 'NO'],
    },
  ];
  const start1 = atNineUtc(21);
  await insert({
    title: 'Midlands Anchor Institutions Learning Day',
    description:
      'A day for anchor networks across the 11 Midlands ICSs to share **what worked** in local employment, procurement and estates.\n\nBring a practice you would like another ICS to adopt.',
    startsAt: start1,
    endsAt: new Date(start1.getTime() + 6.5 * 3_600_000),
    venueName: 'The Studio, Birmingham',
    venueAddress: '7 Cannon Street, Birmingham B2 5EP',
    organisationId: organiserOrgId,
    status: 'PUBLISHED',
    capacity: 120,
    themes: [],
    questions,
    quotas: [
      { kind: 'ICS', key: 'QUA', places: 8 },
      { kind: 'ICS', key: 'QHL', places: 8 },
      { kind: 'ORGANISATION_TYPE', key: 'VCSE', places: 20 },
    ],
  });
  const start2 = atNineUtc(35);
  await insert({
    title: 'Health inequalities data clinic (online)',
    description:
      'A short online clinic on using local economy and population health dashboards to target 4th-purpose work.',
    startsAt: start2,
    endsAt: new Date(start2.getTime() + 1.5 * 3_600_000),
    venueName: null,
    onlineUrl: 'https://meet.example.org/mic-data-clinic',
    organisationId: organiserOrgId,
    status: 'PUBLISHED',
    capacity: 40,
    questions: questions.filter((q) => q.id !== 'diet'),
  });
  const start3 = atNineUtc(60);
  await insert({
    title: 'East Midlands social value in procurement workshop',
    description:
      'Working session for procurement leads from NHS trusts, councils and VCSE partners.',
    startsAt: start3,
    endsAt: new Date(start3.getTime() + 3 * 3_600_000),
    venueName: 'Charnwood Campus, Loughborough',
    organisationId: organiserOrgId,
    status: 'DRAFT',
    capacity: 30,
    icsOdsCodes: ['QT1', 'QK1', 'QJ2', 'QPM'],
  });
}
