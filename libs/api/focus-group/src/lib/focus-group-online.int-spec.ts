import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type { FocusGroupDetail, FocusGroupSession } from '@bina-pustaka/shared-contracts';
import { as, createGroup, FOCUS_GROUP_TEST_APP, signInCast, type GroupCast } from '../testing/focus-group-test-bed';

describe('focus groups: an online session opens an invite-only webinar room for the group', () => {
  let t: TestApp;
  let cast: GroupCast;
  let group: FocusGroupDetail;

  /** The webinar session's hosts and invitees, as the webinar part keeps them. */
  const room = async (webinarSessionId: string) => {
    const [session]: { audience: string; status: string; title: string }[] = await t.db.query(
      `SELECT audience, status, title FROM webinar_sessions WHERE id = $1`,
      [webinarSessionId],
    );
    const hosts: { userId: string }[] = await t.db.query(
      `SELECT user_id AS "userId" FROM webinar_staff WHERE session_id = $1 AND role = 'host'`,
      [webinarSessionId],
    );
    const invitees: { userId: string }[] = await t.db.query(
      `SELECT user_id AS "userId" FROM webinar_registrations WHERE session_id = $1`,
      [webinarSessionId],
    );
    return {
      ...session,
      hostIds: hosts.map((row) => row.userId),
      inviteeIds: invitees.map((row) => row.userId).sort(),
    };
  };

  beforeAll(async () => {
    t = await startTestApp(FOCUS_GROUP_TEST_APP);
    cast = await signInCast(t);
    group = await createGroup(t, cast);
  });
  afterAll(() => t.close());

  it('facilitators host, members are invited; people changes, edits and cancelling follow', async () => {
    const startsAt = new Date(Date.now() + 3 * 24 * 60 * 60_000).toISOString();
    const created = await t.api.post<FocusGroupSession>(
      `/api/focus-groups/${group.id}/sessions`,
      { title: 'Sesi daring', startsAt, durationMinutes: 60, mode: 'online' },
      as(cast.facilitator),
    );
    expect(created.status).toBe(201);
    const webinarSessionId = created.body.webinarSessionId as string;
    expect(webinarSessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await room(webinarSessionId)).toEqual({
      audience: 'invited',
      status: 'scheduled',
      title: `${group.topic}: Sesi daring`,
      hostIds: [cast.facilitator.id],
      inviteeIds: [cast.dewi.id, cast.budi.id].sort(),
    });

    await t.api.post(`/api/focus-groups/${group.id}/people`, { userIds: [cast.stranger.id] }, as(cast.facilitator));
    await t.api.delete(`/api/focus-groups/${group.id}/people/${cast.budi.id}`, as(cast.facilitator));
    expect((await room(webinarSessionId)).inviteeIds).toEqual([cast.dewi.id, cast.stranger.id].sort());

    const sessionPath = `/api/focus-groups/${group.id}/sessions/${created.body.id}`;
    await t.api.patch(sessionPath, { title: 'Sesi daring pertama' }, as(cast.facilitator));
    expect((await room(webinarSessionId)).title).toBe(`${group.topic}: Sesi daring pertama`);
    await t.api.patch(sessionPath, { cancelled: true }, as(cast.facilitator));
    expect((await room(webinarSessionId)).status).toBe('cancelled');
  });
});
