import { describe, expect, it } from '@jest/globals';

import { BLUES_5, classOf, colourClasses, isDarkClass } from './palette';

describe('colour classes', () => {
  it('should use the 5-class ColorBrewer Blues, lightest first', () => {
    expect(BLUES_5).toHaveLength(5);
    expect(BLUES_5[0]).toBe('#eff3ff');
    expect(BLUES_5[4]).toBe('#08519c');
  });

  it('should split the range of values into 5 equal intervals', () => {
    const classes = colourClasses([0, 50, null, 100]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
  });

  it('should place values in classes, upper bounds inclusive, and null for no data', () => {
    const classes = colourClasses([0, 100]);
    expect(classOf(0, classes)).toBe(1);
    expect(classOf(20, classes)).toBe(1);
    expect(classOf(20.5, classes)).toBe(2);
    expect(classOf(100, classes)).toBe(5);
    expect(classOf(null, classes)).toBeNull();
  });

  it('should use one (darkest) class when every value is the same, and none without values', () => {
    expect(colourClasses([7, 7])).toEqual([{ index: 5, from: 7, to: 7 }]);
    expect(classOf(7, colourClasses([7, 7]))).toBe(5);
    expect(colourClasses([null, undefined])).toEqual([]);
    expect(classOf(3, [])).toBeNull();
  });

  it('should label dark classes in white', () => {
    expect(isDarkClass(5)).toBe(true);
    expect(isDarkClass(3)).toBe(false);
    expect(isDarkClass(null)).toBe(false);
  });
});
