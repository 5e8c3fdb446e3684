import { describe, expect, it } from '@jest/globals';

import { metricErrorsFromApi, metricKeyFrom, readMetricForm } from './metric-form';

const form = (fields: Record<string, string>): FormData => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const valid = {
  key: 'CARERS_SUPPORTED',
  label: 'Carers supported',
  unit: 'people',
  definition: 'Unpaid carers given one-to-one support.',
  direction: 'HIGHER_IS_BETTER',
  perPopulation: 'yes',
};

describe('metric form', () => {
  describe('metricKeyFrom', () => {
    it('should make an upper-case key with underscores from a label', () => {
      expect(metricKeyFrom('Carers supported (adults)')).toBe('CARERS_SUPPORTED_ADULTS');
      expect(metricKeyFrom('  A&E attendances avoided ')).toBe('A_E_ATTENDANCES_AVOIDED');
    });
  });

  describe('readMetricForm', () => {
    it('should read a valid form into the mutation input', () => {
      expect(readMetricForm(form(valid), 'add')).toMatchObject({
        input: {
          key: 'CARERS_SUPPORTED',
          label: 'Carers supported',
          unit: 'people',
          direction: 'HIGHER_IS_BETTER',
          perPopulation: true,
        },
        errors: [],
      });
    });

    it('should derive a blank key from the label when adding', () => {
      const read = readMetricForm(form({ ...valid, key: '', perPopulation: 'no' }), 'add');
      expect(read.input).toMatchObject({ key: 'CARERS_SUPPORTED', perPopulation: false });
    });

    it('should list every problem with the field it belongs to', () => {
      const read = readMetricForm(form({ key: 'bad key!', label: 'x' }), 'add');
      expect(read.input).toBeNull();
      expect(read.errors.map((e) => e.field)).toEqual([
        'key',
        'label',
        'unit',
        'definition',
        'direction',
        'perPopulation',
      ]);
      expect(read.values).toMatchObject({ key: 'bad key!', label: 'x' });
    });
  });

  describe('metricErrorsFromApi', () => {
    it('should put known input fields inline and other errors in the summary only', () => {
      expect(
        metricErrorsFromApi([
          { field: 'key', message: 'key must be upper-case' },
          { field: 'input.label', message: 'label too short' },
          { message: 'You do not have permission' },
        ]),
      ).toEqual([
        { field: 'key', message: 'key must be upper-case' },
        { field: 'label', message: 'label too short' },
        { message: 'You do not have permission' },
      ]);
    });

    it('should never show GraphQL coercion text or internal errors', () => {
      expect(
        metricErrorsFromApi([
          {
            code: 'BAD_USER_INPUT',
            message: 'Variable "$input" got invalid value "x" at "input.direction"',
          },
          { code: 'INTERNAL_SERVER_ERROR', message: 'relation "metric" does not exist' },
        ]),
      ).toEqual([{ message: 'Something went wrong. Try again later.' }]);
    });
  });
});
