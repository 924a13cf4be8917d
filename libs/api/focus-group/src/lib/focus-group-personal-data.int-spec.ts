import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { ApiErrorBody, AuditEntry, FocusGroupDetail, Page } from '@bina-pustaka/shared-contracts';
import { as, createGroup, FOCUS_GROUP_TEST_APP, signInCast, type GroupCast } from '../testing/focus-group-test-bed';

interface Download {
  focusGroups: {
    groups: { id: string; topic: string; role: string }[];
    actionItems: { what: string }[];
    notes: unknown[];
    createdGroups: unknown[];
  };
}

/** A person's part in focus groups in their download and their account deletion; people changes in the audit log. */
describe('focus groups: personal data and the audit log', () => {
  let t: TestApp;
  let cast: GroupCast;
  let admin: SignedInUser;
  let group: FocusGroupDetail;

  const about = async (subjectId: string): Promise<AuditEntry[]> =>
    (await t.api.get<Page<AuditEntry>>(`/api/admin/audit?subjectId=${subjectId}`, as(admin))).body.items;
  const detail = async (groupId: string) =>
    (await t.api.get<FocusGroupDetail>(`/api/focus-groups/${groupId}`, as(cast.coordinator))).body;
  const deleteAccount = (who: SignedInUser) =>
    t.api.post('/api/me/deletion', { password: who.password, confirmation: 'HAPUS' }, as(who));

  beforeAll(async () => {
    t = await startTestApp(FOCUS_GROUP_TEST_APP);
    cast = await signInCast(t);
    admin = await signIn(t.api, await createTestUser(t.db, { fullName: 'Admin Perpustakaan', roles: ['admin'] }));
    group = await createGroup(t, cast);
  });
  afterAll(() => t.close());

  it('records people added, given another role and removed, about each person, for an admin', async () => {
    const added = await about(cast.dewi.id);
    expect(added).toEqual([
      expect.objectContaining({
        action: 'focus-group.person.added',
        actor: expect.objectContaining({ id: cast.coordinator.id }),
        subject: { type: 'user', id: cast.dewi.id, label: 'Dewi Lestari' },
        details: { groupId: group.id, topic: group.topic, role: 'member' },
      }),
    ]);

    const path = `/api/focus-groups/${group.id}/people`;
    expect((await t.api.post(path, { userIds: [cast.stranger.id], role: 'member' }, as(cast.facilitator))).status).toBe(
      201,
    );
    expect(
      (await t.api.patch(`${path}/${cast.stranger.id}`, { role: 'facilitator' }, as(cast.facilitator))).status,
    ).toBe(200);
    expect((await t.api.delete(`${path}/${cast.stranger.id}`, as(cast.coordinator))).status).toBe(204);

    const entries = await about(cast.stranger.id);
    expect(entries.map((entry) => [entry.action, entry.actor?.id, entry.details])).toEqual([
      [
        'focus-group.person.removed',
        cast.coordinator.id,
        { groupId: group.id, topic: group.topic, role: 'facilitator' },
      ],
      [
        'focus-group.role.changed',
        cast.facilitator.id,
        { groupId: group.id, topic: group.topic, before: 'member', after: 'facilitator' },
      ],
      ['focus-group.person.added', cast.facilitator.id, { groupId: group.id, topic: group.topic, role: 'member' }],
    ]);
  });

  it('a refused change leaves no entry', async () => {
    const refused = await t.api.delete<ApiErrorBody>(
      `/api/focus-groups/${group.id}/people/${cast.facilitator.id}`,
      as(cast.coordinator),
    );
    expect(refused.status).toBe(409);
    expect((await about(cast.facilitator.id)).map((entry) => entry.action)).toEqual(['focus-group.person.added']);
  });

  it("a person's download has their groups and the action items they own", async () => {
    const action = await t.api.post(
      `/api/focus-groups/${group.id}/actions`,
      { what: 'Menyusun panduan layanan referensi daring', ownerId: cast.dewi.id, dueOn: '2026-12-20' },
      as(cast.facilitator),
    );
    expect(action.status).toBe(201);
    const download = await t.api.get<Download>('/api/me/data', as(cast.dewi));
    expect(download.status).toBe(200);
    expect(download.body.focusGroups).toEqual({
      groups: [expect.objectContaining({ id: group.id, topic: group.topic, role: 'member' })],
      actionItems: [expect.objectContaining({ what: 'Menyusun panduan layanan referensi daring' })],
      notes: [],
      createdGroups: [],
    });
  });

  it('deletion takes the person out of their groups; their action item stays under the deleted name', async () => {
    expect((await deleteAccount(cast.dewi)).status).toBe(204);
    const after = await detail(group.id);
    expect(after.people.map((person) => person.user.id)).not.toContain(cast.dewi.id);
    expect(after.actionItems).toEqual([
      expect.objectContaining({ owner: expect.objectContaining({ id: cast.dewi.id, fullName: 'Pengguna terhapus' }) }),
    ]);
  });

  it("the last facilitator's deletion leaves the group to the coordinators, who can still change its people", async () => {
    expect((await deleteAccount(cast.facilitator)).status).toBe(204);
    const after = await detail(group.id);
    expect(after.status).toBe('active');
    expect(after.people.filter((person) => person.role === 'facilitator')).toEqual([]);

    const path = `/api/focus-groups/${group.id}/people`;
    expect((await t.api.delete(`${path}/${cast.budi.id}`, as(cast.coordinator))).status).toBe(204);
    const named = await t.api.post(path, { userIds: [cast.stranger.id], role: 'facilitator' }, as(cast.coordinator));
    expect(named.status).toBe(201);
  });
});
