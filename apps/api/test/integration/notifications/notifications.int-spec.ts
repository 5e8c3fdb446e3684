import { NotificationsService } from '../../../src/modules/notifications/notifications.service';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createUser } from '../factories/user.factory';

const LIST = `query($unreadOnly: Boolean) { notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id kind title link read } } } unreadNotificationCount }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;

interface ListData {
  notifications: { totalCount: number; edges: { node: { id: string; title: string; read: boolean } }[] };
  unreadNotificationCount: number;
}

describe('notifications', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should list a person own notifications, newest first, and never notify the actor', async () => {
    const alice = await createUser(t.db);
    const bob = await createUser(t.db);
    const service = t.app.get(NotificationsService);
    await service.notify({ userIds: [alice.id, bob.id], actorId: bob.id, kind: 'NEW_COMMENT', title: 'First', link: '/a' });
    await service.notify({ userIds: [alice.id], kind: 'NEW_COMMENT', title: 'Second', link: '/b' });
    const res = await gql<ListData>(t.url, { query: LIST, as: alice.token });
    expect(res.data?.notifications.edges.map((e) => e.node.title)).toEqual(['Second', 'First']);
    expect(res.data?.unreadNotificationCount).toBe(2);
    const bobs = await gql<ListData>(t.url, { query: LIST, as: bob.token });
    expect(bobs.data?.notifications.totalCount).toBe(0);
  });

  it('should mark only the caller own notifications read', async () => {
    const alice = await createUser(t.db);
    const mallory = await createUser(t.db);
    const [note] = await t.app.get(NotificationsService).notify({ userIds: [alice.id], kind: 'NEW_COMMENT', title: 'Mine', link: '/m' });
    const stolen = await gql<{ markNotificationsRead: number }>(t.url, { query: MARK, as: mallory.token, variables: { input: { ids: [note.id] } } });
    expect(stolen.data?.markNotificationsRead).toBe(0);
    const mine = await gql<{ markNotificationsRead: number }>(t.url, { query: MARK, as: alice.token, variables: { input: { ids: [note.id] } } });
    expect(mine.data?.markNotificationsRead).toBe(1);
    const after = await gql<ListData>(t.url, { query: LIST, as: alice.token, variables: { unreadOnly: true } });
    expect(after.data?.unreadNotificationCount).toBe(0);
  });

  it('should require sign-in and a target', async () => {
    expect(errorCode(await gql(t.url, { query: LIST }))).toBe('UNAUTHENTICATED');
    const user = await createUser(t.db);
    const res = await gql(t.url, { query: MARK, as: user.token, variables: { input: {} } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});
