import type { EntityManager } from 'typeorm';

import type {
  AssessmentFormData,
  ToolkitSectionData,
} from '../../modules/toolkits/entities/toolkit-version.entity';
import { midlands } from './midlands-data';

const SLUGS: Record<string, string> = {
  'Health Inequalities Toolkit (Phase 1)': 'health-inequalities-toolkit-phase-1',
  'Health Inequalities Toolkit (Phase 2)': 'health-inequalities-toolkit-phase-2',
  'Health Equity Assessment Tool (HEAT)': 'heat',
};

const THEMES: Record<string, string[]> = {
  'health-inequalities-toolkit-phase-1': ['HEALTH_EQUITY', 'DATA_INSIGHT'],
  'health-inequalities-toolkit-phase-2': ['HEALTH_EQUITY', 'DATA_INSIGHT'],
  heat: ['HEALTH_EQUITY', 'PREVENTION'],
};

const HIT_SECTIONS: ToolkitSectionData[] = [
  {
    key: 'standards',
    title: 'Standards',
    body: 'The standards new services should meet so that health inequalities are considered from the start.',
  },
  {
    key: 'design',
    title: 'Designing services',
    body: 'Guidance for considering health inequalities when designing a new NHS service.',
  },
  {
    key: 'evaluation',
    title: 'Evaluation',
    body: 'How to evaluate the effect of a service on health inequalities.',
  },
];

const HEAT_SECTIONS: ToolkitSectionData[] = [
  {
    key: 'prepare',
    title: 'Prepare',
    body: 'Agree the scope of the programme or service to be assessed and who should take part.',
  },
  {
    key: 'assess',
    title: 'Assess',
    body: 'Identify the health inequalities that exist and who experiences them.',
  },
  {
    key: 'address',
    title: 'Address',
    body: 'Decide the actions that would reduce the inequalities identified.',
  },
  { key: 'review', title: 'Review', body: 'Plan how progress will be monitored and reviewed.' },
];

/** Illustrative questions only: the structure of the real HEAT is not reproduced. */
export const HEAT_FORM: AssessmentFormData = {
  sections: [
    {
      key: 'prepare',
      title: 'Prepare',
      questions: [
        {
          key: 'prepare.scope',
          label: 'Which programme or service are you assessing?',
          type: 'TEXT',
        },
        {
          key: 'prepare.partners',
          label: 'How well are the people affected involved in the assessment?',
          type: 'SCALE',
        },
      ],
    },
    {
      key: 'assess',
      title: 'Assess',
      questions: [
        {
          key: 'assess.data',
          label: 'What data do you have on who uses the service?',
          type: 'CHOICE',
          options: [
            'None',
            'Some, not broken down by group',
            'Broken down by protected characteristics and deprivation',
          ],
        },
        {
          key: 'assess.groups',
          label: 'Which groups experience worse access, experience or outcomes?',
          type: 'TEXT',
        },
      ],
    },
    {
      key: 'address',
      title: 'Address',
      questions: [
        {
          key: 'address.actions',
          label: 'What actions will you take to reduce the inequalities identified?',
          type: 'TEXT',
        },
        {
          key: 'address.confidence',
          label: 'How confident are you that the actions are resourced?',
          type: 'SCALE',
        },
      ],
    },
    {
      key: 'review',
      title: 'Review',
      questions: [
        {
          key: 'review.frequency',
          label: 'How often will you review progress?',
          type: 'CHOICE',
          options: ['Monthly', 'Quarterly', 'Annually'],
        },
      ],
    },
  ],
};

/** The three toolkits from the data pack, each with a first version. Idempotent. */
export async function seedToolkits(manager: EntityManager): Promise<void> {
  for (const toolkit of midlands.toolkits) {
    const slug =
      SLUGS[toolkit.title] ??
      toolkit.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    const owner: { id: string }[] = await manager.query(
      'SELECT id FROM organisation WHERE name = $1',
      [toolkit.owner],
    );
    if (!owner.length) continue;
    const heat = slug === 'heat';
    const summary = heat
      ? `${toolkit.summary} The fillable form here is illustrative: it shows a few representative questions per step, not the full official tool.`
      : toolkit.summary;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO toolkit (slug, title, summary, owner_organisation_id, theme_keys, source)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (slug) DO UPDATE SET summary = EXCLUDED.summary RETURNING id`,
      [slug, toolkit.title, summary, owner[0].id, THEMES[slug] ?? [], toolkit.source],
    );
    await manager.query(
      `INSERT INTO toolkit_version (toolkit_id, number, changelog, sections, form)
       VALUES ($1, 1, 'First version on the commons.', $2::jsonb, $3::jsonb)
       ON CONFLICT (toolkit_id, number) DO NOTHING`,
      [
        rows[0].id,
        JSON.stringify(heat ? HEAT_SECTIONS : HIT_SECTIONS),
        heat ? JSON.stringify(HEAT_FORM) : null,
      ],
    );
  }
}
