import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';

import { NestedList, OptionalStringList } from './validators';

class Sample {
  @OptionalStringList(2, 5)
  tags?: string[];
}

const errorsFor = (value: unknown) =>
  validateSync(plainToInstance(Sample, { tags: value })).map((e) =>
    Object.keys(e.constraints ?? {}),
  );

describe('OptionalStringList', () => {
  it('should accept a missing or valid list', () => {
    expect(errorsFor(undefined)).toEqual([]);
    expect(errorsFor(['ab', 'cde'])).toEqual([]);
  });

  it('should reject too many items, too-long items, non-strings and non-lists', () => {
    expect(errorsFor(['a', 'b', 'c'])[0]).toContain('arrayMaxSize');
    expect(errorsFor(['toolong'])[0]).toContain('maxLength');
    expect(errorsFor([1])[0]).toContain('isString');
    expect(errorsFor('abc')[0]).toContain('isArray');
  });
});

class Child {
  @IsString()
  name!: string;
}

class Parent {
  @NestedList(() => Child, 2)
  children!: Child[];

  @NestedList(() => Child, 1, { optional: true })
  extra?: Child[];
}

const nestedErrors = (value: object) =>
  validateSync(plainToInstance(Parent, value)).map((e) => [
    e.property,
    Object.keys(e.constraints ?? {}),
    e.children?.length ?? 0,
  ]);

describe('NestedList', () => {
  it('should accept valid children and leave out an optional list', () => {
    expect(nestedErrors({ children: [{ name: 'a' }, { name: 'b' }] })).toEqual([]);
  });

  it('should reject too many children, an invalid child and a missing required list', () => {
    expect(nestedErrors({ children: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] })).toEqual([
      ['children', ['arrayMaxSize'], 0],
    ]);
    expect(nestedErrors({ children: [{ name: 5 }] })).toEqual([['children', [], 1]]);
    expect(nestedErrors({ extra: [] })).toEqual([['children', ['isArray', 'arrayMaxSize'], 0]]);
  });
});
