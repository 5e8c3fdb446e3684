import { getMetadataArgsStorage } from 'typeorm';

import {
  blankTemplate,
  CASE_STUDY_COLUMNS,
  CASE_STUDY_FIELDS,
  CASE_STUDY_SELECT,
  caseStudyFromRow,
  COPIED_INPUT_FIELDS,
  SNAPSHOT_FIELDS,
} from './case-study.fields';
import type { CaseStudyRow } from './case-study.fields';
import { CaseStudyEntity } from './entities/case-study.entity';

/** The entity's columns as TypeORM sees them: property name → SQL column name. */
function entityColumns(): Map<string, string> {
  const columns = getMetadataArgsStorage().columns.filter((c) => c.target === CaseStudyEntity);
  return new Map(columns.map((c) => [c.propertyName, c.options.name ?? c.propertyName]));
}

describe('case-study.fields', () => {
  it('should define every column of the entity, under its SQL name, and nothing else', () => {
    const columns = entityColumns();
    expect(columns.size).toBeGreaterThan(30);
    expect(Object.keys(CASE_STUDY_FIELDS).sort()).toEqual([...columns.keys()].sort());
    for (const [property, column] of columns) {
      expect([
        property,
        CASE_STUDY_FIELDS[property as keyof typeof CASE_STUDY_FIELDS].column,
      ]).toEqual([property, column]);
    }
    expect([...CASE_STUDY_COLUMNS].sort()).toEqual([...columns.values()].sort());
  });

  it('should map every column of a raw row to its entity property', () => {
    const columns = entityColumns();
    const row: Record<string, unknown> = {};
    for (const column of columns.values()) row[column] = `value of ${column}`;
    const entity = caseStudyFromRow(row as unknown as CaseStudyRow) as unknown as Record<
      string,
      unknown
    >;
    for (const [property, column] of columns)
      expect([property, entity[property]]).toEqual([property, `value of ${column}`]);
    expect(Object.keys(entity).sort()).toEqual([...columns.keys()].sort());
  });

  it('should select every column under its own name (the date as text)', () => {
    const selected = CASE_STUDY_SELECT.split(', ').map(
      (item) => /(?:AS |cs\.)(\w+)$/.exec(item)?.[1],
    );
    expect(selected.sort()).toEqual([...entityColumns().values()].sort());
    expect(CASE_STUDY_SELECT).toContain('cs.review_by::text AS review_by');
  });

  it('should keep the version snapshot fields and their order', () => {
    expect(SNAPSHOT_FIELDS).toEqual([
      'title',
      'summary',
      'problem',
      'aims',
      'approach',
      'coreComponents',
      'adaptableParts',
      'resourcesAndCosts',
      'keyLearning',
      'targetGroups',
      'imdQuintiles',
      'ageBands',
      'evidenceLevel',
      'practiceStage',
      'icsId',
      'placeId',
      'contactName',
      'contactEmail',
      'contactRole',
      'reviewBy',
    ]);
  });

  it('should copy the template fields the input names as the entity does', () => {
    expect([...COPIED_INPUT_FIELDS].sort()).toEqual(
      [
        'summary',
        'problem',
        'aims',
        'approach',
        'coreComponents',
        'adaptableParts',
        'resourcesAndCosts',
        'keyLearning',
        'targetGroups',
        'imdQuintiles',
        'ageBands',
        'evidenceLevel',
        'reviewBy',
      ].sort(),
    );
  });

  it('should give a new draft empty text and lists, fresh each time', () => {
    const a = blankTemplate();
    expect(a).toEqual({
      problem: '',
      aims: '',
      approach: '',
      coreComponents: '',
      adaptableParts: '',
      resourcesAndCosts: '',
      keyLearning: '',
      targetGroups: [],
      imdQuintiles: [],
      ageBands: [],
    });
    a.targetGroups.push('CORE20');
    expect(blankTemplate().targetGroups).toEqual([]);
  });
});
