import { forEachPickedIds } from './picked-ids';

describe('forEachPickedIds', () => {
  it('should pass each type its ids from the result and arguments, in order, without empty values', async () => {
    const seen: [string, string[]][] = [];
    await forEachPickedIds(
      {
        COMMENT: (c: { id: string }) => [c.id, null, undefined, ''],
        THREAD: (_c: unknown, args: { threadId: string }) => [args.threadId],
        NONE: () => null,
      },
      { id: 'c1' },
      { threadId: 't1' },
      async (type, ids) => {
        seen.push([type, ids]);
      },
    );
    expect(seen).toEqual([
      ['COMMENT', ['c1']],
      ['THREAD', ['t1']],
      ['NONE', []],
    ]);
  });

  it('should skip a type whose picker throws on an unexpected shape and go on with the others', async () => {
    const seen: string[] = [];
    await forEachPickedIds(
      {
        BROKEN: (r: { missing: { id: string } }) => [r.missing.id],
        EVENT: (r: { id: string }) => [r.id],
      },
      { id: 'e1' },
      {},
      async (type, ids) => {
        seen.push(`${type}:${ids.join(',')}`);
      },
    );
    expect(seen).toEqual(['EVENT:e1']);
  });
});
