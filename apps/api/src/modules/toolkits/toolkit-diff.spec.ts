import { diffSections } from './toolkit-diff';

describe('diffSections', () => {
  it('should mark added, changed, unchanged and removed sections', () => {
    const v1 = [
      { key: 'a', title: 'A', body: 'one' },
      { key: 'b', title: 'B', body: 'two' },
      { key: 'c', title: 'C', body: 'three' },
    ];
    const v2 = [
      { key: 'a', title: 'A', body: 'one' },
      { key: 'b', title: 'B', body: 'two, revised' },
      { key: 'd', title: 'D', body: 'new' },
    ];
    expect(diffSections(v1, v2).map((c) => `${c.key}:${c.change}`)).toEqual([
      'a:UNCHANGED',
      'b:CHANGED',
      'd:ADDED',
      'c:REMOVED',
    ]);
  });
});
