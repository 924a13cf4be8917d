import { claimsOf, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type { Principal } from '@bina-pustaka/api-platform';
import type {
  ApiErrorBody,
  Page,
  WebinarJoinTicket,
  WebinarRemovalReason,
  WebinarSession,
} from '@bina-pustaka/shared-contracts';
import { InvitedWebinarsService } from './sessions/invited-webinars.service';
import { isRefused, TestRoomClient } from '../testing/room-client';
import { minutesFromNow, until, useWebinarTestBed } from '../testing/webinar-test-bed';

/**
 * Invite-only sessions, as a focus group runs them through InvitedWebinarsService: only
 * the people named see, read and join them; nobody registers; removing someone sends
 * their open socket away at once.
 */
describe('webinars for invited people only', () => {
  const bed = useWebinarTestBed();
  let t: TestApp;
  let invited: InvitedWebinarsService;
  let coordinator: SignedInUser;
  /** Hosts the sessions (a focus group's facilitator). */
  let trainer: SignedInUser;
  let member: SignedInUser;
  let outsider: SignedInUser;
  beforeAll(async () => {
    ({ t, coordinator, trainer, outsider } = bed);
    invited = t.app.get(InvitedWebinarsService);
    member = await signIn(t.api, await createTestUser(t.db, { fullName: 'Anggota Diskusi' }));
  });

  const asPrincipal = (user: SignedInUser): Principal => ({
    userId: user.id,
    sessionId: String(claimsOf(user.token)['sid']),
    roles: user.user.roles,
    user: user.user,
  });

  const create = (inviteeIds: string[], startsAt = new Date(minutesFromNow(5))) =>
    invited.create(
      asPrincipal(coordinator),
      {
        title: 'Diskusi Fokus: Layanan Referensi di Perpustakaan Desa',
        description: 'Sesi daring anggota diskusi fokus.',
        startsAt,
        durationMinutes: 90,
        timeZone: 'Asia/Jakarta',
        hostIds: [trainer.id],
      },
      inviteeIds,
    );

  const read = (user: SignedInUser, id: string) =>
    t.api.get<WebinarSession>(`/api/webinars/${id}`, { token: user.token });
  const listed = async (user: SignedInUser) =>
    (await t.api.get<Page<WebinarSession>>('/api/webinars', { token: user.token })).body.items.map((item) => item.id);
  const askTicket = (user: SignedInUser, id: string) =>
    t.api.post<WebinarJoinTicket & ApiErrorBody>(`/api/webinars/${id}/join-ticket`, undefined, { token: user.token });

  it('is seen, read and joined by the invited and its hosts only', async () => {
    const { id } = await create([member.id]);

    const mine = await read(member, id);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      audience: 'invited',
      courseId: null,
      jp: 0,
      capacity: null,
      requireAdmission: false,
      myRole: 'attendee',
      registered: false,
      canManage: false,
    });
    expect(await listed(member)).toContain(id);
    expect((await askTicket(member, id)).status).toBe(201);

    const hosted = await read(trainer, id);
    expect(hosted.body).toMatchObject({ myRole: 'host', canManage: true });
    expect(hosted.body.staff.map((person) => [person.name, person.role])).toEqual([['Narasumber Sari', 'host']]);

    expect((await read(outsider, id)).status).toBe(404);
    expect(await listed(outsider)).not.toContain(id);
    const refused = await askTicket(outsider, id);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('webinar.notInAudience');
  });

  it('takes no registration, and its people are not changed through the session form', async () => {
    const { id } = await create([member.id]);
    const selfInvited = await t.api.post<ApiErrorBody>(`/api/webinars/${id}/registration`, undefined, {
      token: outsider.token,
    });
    expect(selfInvited.status).toBe(404);
    for (const attempt of [
      t.api.post<ApiErrorBody>(`/api/webinars/${id}/registration`, undefined, { token: member.token }),
      t.api.delete<ApiErrorBody>(`/api/webinars/${id}/registration`, { token: member.token }),
    ]) {
      const refused = await attempt;
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('webinar.registrationNotOpen');
    }
    expect((await read(member, id)).body.myRole).toBe('attendee');

    const opened = await t.api.patch<ApiErrorBody>(
      `/api/webinars/${id}`,
      { audience: 'registered' },
      { token: trainer.token },
    );
    expect(opened.status).toBe(409);
    expect(opened.body.code).toBe('webinar.invitedAudienceFixed');
    const renamed = await t.api.patch<WebinarSession>(
      `/api/webinars/${id}`,
      { title: 'Diskusi Fokus: Judul Baru', courseId: null },
      { token: trainer.token },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.audience).toBe('invited');
    expect((await read(outsider, id)).status).toBe(404);

    const created = await t.api.post<ApiErrorBody>(
      '/api/webinars',
      { title: 'Sesi undangan', audience: 'invited', startsAt: minutesFromNow(30), durationMinutes: 60, jp: 0 },
      { token: trainer.token },
    );
    expect(created.status).toBe(400);
  });

  it('setPeople: a person taken off leaves the room at once with notInAudience; a person added may join', async () => {
    const leaver = await signIn(t.api, await createTestUser(t.db, { fullName: 'Anggota Keluar' }));
    const { id } = await create([member.id, leaver.id]);
    const opened = await t.api.post<WebinarSession>(`/api/webinars/${id}/open`, undefined, { token: trainer.token });
    expect(opened.body.status).toBe('live');
    const { client } = await bed.enter(leaver, id);
    const spare = await bed.ticket(leaver, id);

    await invited.setPeople(id, [trainer.id], [member.id, outsider.id]);

    expect(await sentAway(client)).toBe('notInAudience');
    const again = await TestRoomClient.connect(bed.baseUrl, { token: spare.token, sessionId: id });
    if (!isRefused(again)) bed.clients.push(again);
    expect(isRefused(again) ? again.code : 'admitted').toBe('webinar.notInAudience');
    expect((await read(leaver, id)).status).toBe(404);
    expect((await read(outsider, id)).body.myRole).toBe('attendee');
    expect((await askTicket(outsider, id)).status).toBe(201);
    expect((await read(member, id)).body.registeredCount).toBe(2);

    const unknown = invited.setPeople(id, [trainer.id], ['00000000-0000-4000-8000-00000000dead']);
    await expect(unknown).rejects.toMatchObject({ code: 'webinar.peopleUnknown' });
  });

  it('update moves the session; cancel closes it to everyone, and cancelling again changes nothing', async () => {
    const { id } = await create([member.id]);
    const later = new Date(minutesFromNow(120));
    await invited.update(id, { title: 'Diskusi Fokus: Sesi Kedua', startsAt: later, durationMinutes: 60 });
    expect((await read(member, id)).body).toMatchObject({
      title: 'Diskusi Fokus: Sesi Kedua',
      startsAt: later.toISOString(),
      durationMinutes: 60,
      description: 'Sesi daring anggota diskusi fokus.',
    });
    await expect(invited.update(id, { startsAt: new Date(minutesFromNow(-60)) })).rejects.toMatchObject({
      code: 'webinar.startsInPast',
    });

    await invited.cancel(id);
    await invited.cancel(id);
    expect((await read(member, id)).body.status).toBe('cancelled');
    const closed = await askTicket(member, id);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('webinar.cancelled');
    await expect(invited.update(id, { title: 'Terlambat' })).rejects.toMatchObject({ code: 'webinar.notEditable' });
  });

  it('reminds the invitees and hosts, and no one else', async () => {
    // Starting in 15 minutes: the T-15min reminder is due now, so the worker sends it at once.
    const { id } = await create([member.id], new Date(minutesFromNow(15)));
    const reminded = async () =>
      (
        (await t.db.query(
          `SELECT user_id AS "userId" FROM notifications WHERE kind = 'webinar-reminder' AND link LIKE $1`,
          [`%${id}%`],
        )) as { userId: string }[]
      ).map((row) => row.userId);
    const people = await until(reminded, (ids) => ids.length >= 2, 'the reminders');
    expect(people.sort()).toEqual([member.id, trainer.id].sort());
  });

  /** The reason the server gave when it sent the client away; the socket is closed after it. */
  async function sentAway(client: TestRoomClient): Promise<WebinarRemovalReason> {
    const { reason } = await client.nextEvent<{ reason: WebinarRemovalReason }>('room:closed');
    await client.disconnected();
    return reason;
  }
});
