import 'reflect-metadata';

import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { testAuthUser } from '../auth/auth-user.testing';
import { Audience } from '../visibility/audience';
import { FeedModule } from './feed.module';
import { FeedSource, FeedSourceRegistry } from './feed-source';
import type { FeedItem, FeedQuery, FeedSourceProvider } from './feed-source';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const item = (
  id: string,
  minute: number,
  type: string,
  audience = [Audience.anyone()],
): FeedItem => ({
  id,
  verb: 'CHANGED',
  summary: `${id} changed`,
  subject: { type, id: 's1', title: 'S', url: '/s' },
  actorId: null,
  occurredAt: at(minute),
  audience,
});

const asked: FeedQuery[] = [];

@FeedSource({ source: 'notes', subjectTypes: ['NOTE'] })
@Injectable()
class NotesFeed implements FeedSourceProvider {
  items(query: FeedQuery): Promise<FeedItem[]> {
    asked.push(query);
    return Promise.resolve([
      item('n1', 1, 'NOTE'),
      item('n3', 3, 'NOTE'),
      item('secret', 4, 'NOTE', [Audience.organisation('other')]),
    ]);
  }
}

@FeedSource({ source: 'meetings', subjectTypes: ['MEETING', 'ICS'] })
@Injectable()
class MeetingsFeed implements FeedSourceProvider {
  items(): Promise<FeedItem[]> {
    return Promise.resolve([item('m2', 2, 'MEETING'), item('m5', 5, 'ICS')]);
  }
}

const mentionsAsked: FeedQuery[] = [];

@FeedSource({ source: 'mentions', subjectTypes: ['THREAD'], aboutViewer: true })
@Injectable()
class MentionsFeed implements FeedSourceProvider {
  items(query: FeedQuery): Promise<FeedItem[]> {
    mentionsAsked.push(query);
    return Promise.resolve(
      query.viewer ? [item('you', 0, 'THREAD', [Audience.user(query.viewer.id)])] : [],
    );
  }
}

@Module({ providers: [NotesFeed, MeetingsFeed, MentionsFeed] })
class FeaturesModule {}

async function registry(): Promise<FeedSourceRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [FeedModule, FeaturesModule],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(FeedSourceRegistry);
}

describe(FeedSourceRegistry.name, () => {
  beforeEach(() => {
    asked.length = 0;
    mentionsAsked.length = 0;
  });

  it('should list each source with the subject types it reports on', async () => {
    expect((await registry()).all()).toEqual(
      expect.arrayContaining([
        { source: 'notes', subjectTypes: ['NOTE'] },
        { source: 'meetings', subjectTypes: ['MEETING', 'ICS'] },
      ]),
    );
  });

  describe('items', () => {
    it('should merge the sources newest first, keeping only what the viewer may see', async () => {
      const feed = await registry();
      const items = await feed.items({
        subjects: [
          { type: 'NOTE', id: 's1' },
          { type: 'MEETING', id: 's1' },
        ],
        before: null,
        limit: 10,
        viewer: testAuthUser(),
      });
      expect(items.map((i) => [i.source, i.id])).toEqual([
        ['meetings', 'm5'],
        ['notes', 'n3'],
        ['meetings', 'm2'],
        ['notes', 'n1'],
        ['mentions', 'you'],
      ]);
    });

    it('should ask a source only about the followed subjects of its types', async () => {
      const feed = await registry();
      await feed.items({
        subjects: [{ type: 'MEETING', id: 'm' }],
        before: null,
        limit: 10,
        viewer: null,
      });
      expect(asked).toEqual([]);
    });

    it('should ask a source about the viewer themselves when they follow nothing of its types', async () => {
      const feed = await registry();
      const viewer = testAuthUser();
      const items = await feed.items({ subjects: [], before: null, limit: 10, viewer });
      expect(items.map((i) => i.id)).toEqual(['you']);
      expect(mentionsAsked[0].subjects).toEqual([]);
      await feed.items({ subjects: [], before: null, limit: 10, viewer: null });
      expect(mentionsAsked).toHaveLength(1);
    });

    it('should page with before and limit', async () => {
      const feed = await registry();
      const items = await feed.items({
        subjects: [
          { type: 'NOTE', id: 's1' },
          { type: 'ICS', id: 'QHL' },
        ],
        before: at(5),
        limit: 1,
        viewer: null,
      });
      expect(items.map((i) => i.id)).toEqual(['n3']);
      expect(asked[0].subjects).toEqual([{ type: 'NOTE', id: 's1' }]);
    });

    it('should ask every source, unfiltered, when subjects is null (the region tab)', async () => {
      const feed = await registry();
      const items = await feed.items({ subjects: null, before: null, limit: 10, viewer: null });
      expect(items.map((i) => i.id)).toEqual(['m5', 'n3', 'm2', 'n1']);
      expect(asked).toHaveLength(1);
      expect(asked[0].subjects).toBeNull();
    });

    it('should continue after a cursor without losing items at the same instant', async () => {
      const feed = await registry();
      const first = await feed.items({ subjects: null, before: null, limit: 2, viewer: null });
      const last = first[first.length - 1];
      const rest = await feed.items({
        subjects: null,
        before: null,
        limit: 10,
        viewer: null,
        after: { occurredAt: last.occurredAt, source: last.source, id: last.id },
      });
      expect([...first, ...rest].map((i) => i.id)).toEqual(['m5', 'n3', 'm2', 'n1']);
    });
  });
});
