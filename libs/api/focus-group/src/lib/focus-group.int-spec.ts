import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import type {
  ActionItem,
  ActionItemPage,
  ApiErrorBody,
  FocusGroupDetail,
  FocusGroupFinding,
  FocusGroupSession,
  FocusGroupSummary,
  NotificationInbox,
  Page,
  UserRef,
} from '@bina-pustaka/shared-contracts';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { as, createGroup, FOCUS_GROUP_TEST_APP, signInCast, type GroupCast } from '../testing/focus-group-test-bed';

describe('focus groups: people, sessions, notes, findings, action items, the PDF', () => {
  let t: TestApp;
  let cast: GroupCast;
  let group: FocusGroupDetail;

  const base = () => `/api/focus-groups/${group.id}`;

  beforeAll(async () => {
    t = await startTestApp(FOCUS_GROUP_TEST_APP);
    cast = await signInCast(t);
    group = await createGroup(t, cast);
  });
  afterAll(() => t.close());

  it('a coordinator creates a group with its people and private forum; the people are told', async () => {
    expect(group).toMatchObject({
      topic: 'Tantangan layanan referensi daring',
      status: 'active',
      allowAnonymous: false,
      createdBy: { id: cast.coordinator.id, fullName: 'Sri Wahyuni' },
      myRole: null,
      may: { manage: true, postAnonymously: false },
    });
    expect(group.forumId).toMatch(/^[0-9a-f-]{36}$/);
    expect(group.people.map((person) => [person.user.fullName, person.role])).toEqual([
      ['Nur Aini', 'facilitator'],
      ['Budi Santoso', 'member'],
      ['Dewi Lestari', 'member'],
    ]);
    const inbox = (await t.api.get<NotificationInbox>('/api/me/notifications', as(cast.dewi))).body.items;
    expect(inbox.find((n) => n.kind === 'focus-group-invited')).toMatchObject({
      params: { topic: group.topic, role: 'member' },
      link: `/diskusi-fokus/${group.id}`,
    });
  });

  it('a learner cannot create a group; bad input gets a clear 400 or 422', async () => {
    const byLearner = await t.api.post<ApiErrorBody>('/api/focus-groups', {}, as(cast.dewi));
    expect(byLearner.status).toBe(403);
    const emptyTopic = await t.api.post<ApiErrorBody>(
      '/api/focus-groups',
      { topic: '  ', purpose: 'Tujuan yang cukup panjang.', facilitatorIds: [cast.facilitator.id] },
      as(cast.coordinator),
    );
    expect(emptyTopic.status).toBe(400);
    expect(emptyTopic.body.message).toBeTruthy();
    const unknown = await t.api.post<ApiErrorBody>(
      '/api/focus-groups',
      {
        topic: 'Topik yang cukup',
        purpose: 'Tujuan yang cukup panjang.',
        facilitatorIds: ['00000000-0000-4000-8000-000000000000'],
      },
      as(cast.coordinator),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'focusGroup.personUnknown' });
    expect(unknown.body.message).toContain('tidak ditemukan');
  });

  it('lists groups: members see theirs with their role, a stranger none, the staff all', async () => {
    const mine = (await t.api.get<Page<FocusGroupSummary>>('/api/focus-groups', as(cast.dewi))).body;
    expect(mine.items.map((g) => [g.id, g.myRole, g.memberCount])).toEqual([[group.id, 'member', 2]]);
    expect(mine.items[0].facilitators).toEqual([{ id: cast.facilitator.id, fullName: 'Nur Aini' }]);
    expect((await t.api.get<Page<FocusGroupSummary>>('/api/focus-groups', as(cast.stranger))).body.total).toBe(0);
    const all = (await t.api.get<Page<FocusGroupSummary>>('/api/focus-groups', as(cast.coordinator))).body;
    expect(all.items.map((g) => g.id)).toContain(group.id);
  });

  it('people: facilitators add and change roles, a group keeps one facilitator (409), members may not manage', async () => {
    const picker = await t.api.get<UserRef[]>('/api/focus-groups/people?q=rizky', as(cast.facilitator));
    expect(picker.body).toEqual([{ id: cast.stranger.id, fullName: 'Rizky Ramadhan' }]);
    expect((await t.api.get('/api/focus-groups/people?q=rizky', as(cast.dewi))).status).toBe(403);

    const added = await t.api.post<FocusGroupDetail>(
      `${base()}/people`,
      { userIds: [cast.stranger.id] },
      as(cast.facilitator),
    );
    expect(added.status).toBe(201);
    expect(added.body.people.map((p) => p.user.id)).toContain(cast.stranger.id);
    expect((await t.api.delete(`${base()}/people/${cast.stranger.id}`, as(cast.facilitator))).status).toBe(204);

    const lastOne = await t.api.patch<ApiErrorBody>(
      `${base()}/people/${cast.facilitator.id}`,
      { role: 'member' },
      as(cast.coordinator),
    );
    expect(lastOne.status).toBe(409);
    expect(lastOne.body.code).toBe('focusGroup.lastFacilitator');
    expect(
      (await t.api.delete<ApiErrorBody>(`${base()}/people/${cast.facilitator.id}`, as(cast.coordinator))).status,
    ).toBe(409);

    const byMember = await t.api.post<ApiErrorBody>(`${base()}/people`, { userIds: [cast.stranger.id] }, as(cast.dewi));
    expect(byMember.status).toBe(403);
    const renamed = await t.api.patch<FocusGroupDetail>(
      base(),
      { topic: 'Tantangan layanan rujukan daring' },
      as(cast.facilitator),
    );
    expect(renamed.body.topic).toBe('Tantangan layanan rujukan daring');
    group = renamed.body;
  });

  it('sessions and notes: the notes are sanitized, members read them without the source', async () => {
    const session = await t.api.post<FocusGroupSession>(
      `${base()}/sessions`,
      {
        title: 'Sesi 1',
        startsAt: '2026-12-20T07:00:00.000Z',
        durationMinutes: 90,
        mode: 'in-person',
        location: 'Ruang Rapat',
      },
      as(cast.facilitator),
    );
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ timeZone: 'Asia/Jakarta', webinarSessionId: null, notesHtml: '' });
    const noPlace = await t.api.post<ApiErrorBody>(
      `${base()}/sessions`,
      { title: 'Sesi 2', startsAt: '2026-12-27T07:00:00.000Z', durationMinutes: 90, mode: 'in-person' },
      as(cast.facilitator),
    );
    expect(noPlace.status).toBe(400);
    expect(JSON.stringify(noPlace.body)).toContain('tempat');

    const xss =
      '## Catatan\n\n<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3)) <svg onload=alert(4)>';
    const notes = await t.api.put<FocusGroupSession>(
      `${base()}/sessions/${session.body.id}/notes`,
      { notesMarkdown: xss },
      as(cast.facilitator),
    );
    expect(notes.status).toBe(200);
    expect(notes.body.notesHtml).toContain('Catatan');
    // Raw HTML in the Markdown is shown as text; no element, handler or link survives.
    expect(notes.body.notesHtml).not.toMatch(/<script|<img|<svg|href=/i);
    expect(notes.body.notesHtml).toContain('&lt;script&gt;');
    expect(notes.body.notesUpdatedBy).toEqual({ id: cast.facilitator.id, fullName: 'Nur Aini' });

    const seen = (await t.api.get<FocusGroupDetail>(base(), as(cast.dewi))).body;
    expect(seen.sessions[0]).toMatchObject({ notesHtml: notes.body.notesHtml, notesMarkdown: null });
    expect(seen.may).toEqual({ manage: false, postAnonymously: false });
    const byMember = await t.api.put(
      `${base()}/sessions/${session.body.id}/notes`,
      { notesMarkdown: 'x' },
      as(cast.dewi),
    );
    expect(byMember.status).toBe(403);
    const cancelled = await t.api.patch<FocusGroupSession>(
      `${base()}/sessions/${session.body.id}`,
      { cancelled: true },
      as(cast.facilitator),
    );
    expect(cancelled.body.cancelled).toBe(true);
    const inbox = (await t.api.get<NotificationInbox>('/api/me/notifications', as(cast.budi))).body.items;
    expect(inbox.find((n) => n.kind === 'focus-group-session')?.params).toMatchObject({ title: 'Sesi 1' });
  });

  it('findings and action items: across groups with filters and overdue, the owner is told', async () => {
    const finding = await t.api.post<FocusGroupFinding>(
      `${base()}/findings`,
      { challenge: 'Pertanyaan lewat WhatsApp datang di luar jam kerja.', tag: 'layanan', raisedByCount: 2 },
      as(cast.facilitator),
    );
    expect(finding.status).toBe(201);
    const changed = await t.api.patch<FocusGroupFinding>(
      `${base()}/findings/${finding.body.id}`,
      { raisedByCount: 3 },
      as(cast.facilitator),
    );
    expect(changed.body).toMatchObject({ raisedByCount: 3, tag: 'layanan' });

    const action = (what: string, dueOn: string, ownerId = cast.dewi.id) =>
      t.api.post<ActionItem>(
        `${base()}/actions`,
        { what, ownerId, dueOn, findingId: finding.body.id },
        as(cast.facilitator),
      );
    const late = await action('Menyusun jam layanan daring', wibDatePlusDays(-2));
    const soon = await action('Membuat templat jawaban cepat', wibDatePlusDays(5));
    expect(late.body).toMatchObject({
      overdue: true,
      status: 'open',
      groupTopic: group.topic,
      owner: { fullName: 'Dewi Lestari' },
    });
    expect(soon.body.overdue).toBe(false);
    const unknownOwner = await t.api.post<ApiErrorBody>(
      `${base()}/actions`,
      { what: 'Tanpa pemilik', ownerId: '00000000-0000-4000-8000-000000000000', dueOn: '2026-12-31' },
      as(cast.facilitator),
    );
    expect(unknownOwner.status).toBe(422);

    const other = await createGroup(t, cast, { topic: 'Kelompok kedua' });
    await t.api.post(
      `/api/focus-groups/${other.id}/actions`,
      { what: 'Tindak lanjut lain', ownerId: cast.budi.id, dueOn: wibDatePlusDays(-1) },
      as(cast.coordinator),
    );

    const list = (query: string) =>
      t.api.get<ActionItemPage>(`/api/focus-group-actions${query}`, as(cast.coordinator)).then((r) => r.body);
    expect((await list('?overdue=true')).items.map((item) => item.what)).toEqual([
      'Menyusun jam layanan daring',
      'Tindak lanjut lain',
    ]);
    expect((await list(`?groupId=${group.id}`)).total).toBe(2);
    await t.api.patch(`${base()}/actions/${late.body.id}`, { status: 'done' }, as(cast.facilitator));
    expect((await list('?status=done')).items.map((item) => item.id)).toEqual([late.body.id]);
    expect((await list('?overdue=true')).items.map((item) => item.what)).toEqual(['Tindak lanjut lain']);
    expect((await t.api.get('/api/focus-group-actions', as(cast.facilitator))).status).toBe(403);

    const inbox = (await t.api.get<NotificationInbox>('/api/me/notifications', as(cast.dewi))).body.items;
    expect(inbox.filter((n) => n.kind === 'action-item-assigned')).toHaveLength(2);
    expect((await t.api.delete(`${base()}/findings/${finding.body.id}`, as(cast.facilitator))).status).toBe(204);
    const detail = (await t.api.get<FocusGroupDetail>(base(), as(cast.dewi))).body;
    expect(detail.actionItems.map((item) => item.findingId)).toEqual([null, null]);
  });

  it('the PDF summary: members may download it, strangers get 404', async () => {
    const pdf = await t.api.download(`${base()}/summary.pdf`, as(cast.dewi));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.toString('latin1')).toContain(`(${group.topic})`);
    // The topic is the document's title (pdfkit draws the text itself as glyph ids).
    expect(pdf.bytes.toString('latin1')).toMatch(/\/Type \/Page\b/);
    expect((await t.api.download(`${base()}/summary.pdf`, as(cast.stranger))).status).toBe(404);
  });
});
