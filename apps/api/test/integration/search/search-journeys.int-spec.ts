import { Role } from '@mic/shared-util';

import { SearchIndexer } from '../../../src/modules/search/search-indexer.service';
import { createCaseStudy } from '../factories/case-study.factory';
import { ageAccounts, createThreadWithComments } from '../factories/discussion.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { MODERATE, POST_COMMENT } from '../discussions/discussions.operations';

/**
 * Search over the real features: the demo content indexed by the sweep, a
 * draft found only by its editors, and a moderated comment leaving the
 * index through the signal its mutation sends.
 */
const SEARCH = `query S($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, first: 50) {
    totalCount didYouMean correctedQuery
    edges { node { type id title url snippetHtml } }
    facets { field values { value label count } }
  } }`;

interface Result {
  totalCount: number;
  didYouMean: string | null;
  correctedQuery: boolean;
  edges: { node: { type: string; id: string; title: string; url: string; snippetHtml: string } }[];
  facets: { field: string; values: { value: string; label: string; count: number }[] }[];
}

describe('search over the Commons (real sources, sweep and signals)', () => {
  let t: TestApp;
  let editor: TestUser;
  let outsider: TestUser;

  const search = async (query: string, as?: string, filter?: Record<string, unknown>) => {
    const res = await gql<{ search: Result }>(t.url, {
      query: SEARCH,
      variables: { query, filter },
      as,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };
  const titles = (r: Result, type = 'CASE_STUDY') =>
    r.edges.filter((e) => e.node.type === type).map((e) => e.node.title);

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    editor = await createUser(t.db, { name: 'Edna Editor' });
    outsider = await createUser(t.db, { name: 'Olly Outsider' });
    await createCaseStudy(t.db, {
      organisationId: editor.organisationId,
      title: 'Quokka kitchens draft',
      status: 'DRAFT',
    });
    const read = await t.app.get(SearchIndexer).sweep();
    expect(read.CASE_STUDY).toBeGreaterThan(0);
    await t.app.get(SearchIndexer).rebuildVocabulary();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should find the demo employment case studies by "jobs" and "employment" once swept', async () => {
    const jobs = titles(await search('jobs'));
    expect(jobs.length).toBeGreaterThan(0);
    const employment = titles(await search('employment'));
    expect(employment.some((title) => title.startsWith('Work4Health'))).toBe(true);
    expect(employment.some((title) => title.startsWith('Thrive into Work'))).toBe(true);
  });

  it('should correct "emplyment" to employment and show those results', async () => {
    const r = await search('emplyment');
    expect(r.didYouMean).toBe('employment');
    expect(r.correctedQuery).toBe(true);
    expect(titles(r).some((title) => title.startsWith('Work4Health'))).toBe(true);
  });

  it("should keep a draft's words out of results, counts and facets for outsiders, and show it to its editors", async () => {
    for (const as of [undefined, outsider.token]) {
      const r = await search('quokka', as);
      expect(r.totalCount).toBe(0);
      expect(r.facets).toEqual([]);
    }
    const mine = await search('quokka', editor.token);
    expect(titles(mine)).toEqual(['Quokka kitchens draft']);
    expect(mine.facets.find((f) => f.field === 'types')!.values).toEqual([
      expect.objectContaining({ value: 'CASE_STUDY', count: 1 }),
    ]);
  });

  it('should drop a comment from search as soon as a moderator hides it', async () => {
    const thread = await createThreadWithComments(t.db, { authorIds: [outsider.id], count: 1 });
    await ageAccounts(t.db, [outsider.id]);
    const posted = await gql<{ postComment: { id: string } }>(t.url, {
      query: POST_COMMENT,
      as: outsider.token,
      variables: {
        input: { threadId: thread.threadId, body: 'Our wombat recycling scheme saved money.' },
      },
    });
    expect(posted.errors).toBeUndefined();
    const id = posted.data!.postComment.id;
    const before = await search('wombat', editor.token);
    expect(before.edges.map((e) => `${e.node.type}:${e.node.id}`)).toContain(`COMMENT:${id}`);
    expect((await search('wombat')).totalCount).toBe(0); // members only

    const moderator = await createUser(t.db, { roles: [{ role: Role.MODERATOR }] });
    const hidden = await gql(t.url, {
      query: MODERATE,
      as: moderator.token,
      variables: { input: { commentId: id, action: 'HIDE', reason: 'Off topic' } },
    });
    expect(hidden.errors).toBeUndefined();
    const after = await search('wombat', editor.token);
    expect(after.edges.map((e) => e.node.id)).not.toContain(id);
    expect(after.facets.flatMap((f) => f.values).some((v) => v.value === 'COMMENT')).toBe(false);
  });

  it('should never return a person by their email address', async () => {
    const r = await search(editor.email, outsider.token);
    expect(r.edges.filter((e) => e.node.type === 'PERSON')).toEqual([]);
    const byName = await search('Edna Editor', outsider.token);
    expect(byName.edges.map((e) => e.node.type)).toContain('PERSON');
    expect(JSON.stringify(byName)).not.toContain(editor.email);
  });
});
