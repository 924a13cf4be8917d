import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, type Observable } from 'rxjs';
import { DEWI, configureAuthTesting, signedIn } from '../../testing/auth-testing';
import { toApiFailure } from '../api-error';
import { authInterceptor } from '../auth.interceptor';
import { AUTH_API, AuthStore } from '../auth.store';
import { FocusGroupApi } from './focus-group-api.service';

const GROUP = '6f1d2c1e-3333-4c3a-9b1a-000000000001';
const SESSION = '6f1d2c1e-3333-4c3a-9b1a-000000000002';
const USER = '6f1d2c1e-3333-4c3a-9b1a-000000000003';

describe('FocusGroupApi', () => {
  let http: HttpTestingController;
  let api: FocusGroupApi;

  beforeEach(async () => {
    localStorage.clear();
    configureAuthTesting([authInterceptor]);
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).signIn(DEWI.email, 'x');
    http.expectOne(AUTH_API.login).flush(signedIn('token-1'));
    await login;
    api = TestBed.inject(FocusGroupApi);
  });

  afterEach(() => http.verify());

  /** Subscribes, checks the one request it makes (with the Bearer token) and answers it. */
  async function expectCall(
    call: Observable<unknown>,
    method: string,
    url: string,
    body: unknown = null,
    thenGroup = false,
  ) {
    const done = firstValueFrom(call, { defaultValue: undefined });
    const request = http.expectOne((each) => each.urlWithParams === url);
    expect(request.request.method).toBe(method);
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    if (method !== 'GET' && method !== 'DELETE') expect(request.request.body).toEqual(body);
    request.flush({});
    // A session, finding or action item answers with itself: the group is read again.
    if (thenGroup) http.expectOne(`/api/focus-groups/${GROUP}`).flush({ id: GROUP });
    return done;
  }

  it('reads groups, the people picker and the action items where the contract puts them', async () => {
    await expectCall(
      api.list({ status: 'active', page: 2, pageSize: 20 }),
      'GET',
      '/api/focus-groups?status=active&page=2&pageSize=20',
    );
    await expectCall(api.group(GROUP), 'GET', `/api/focus-groups/${GROUP}`);
    await expectCall(api.people('sit i'), 'GET', '/api/focus-groups/people?q=sit%20i');
    await expectCall(
      api.actions({ status: 'open', overdue: true, page: 1 }),
      'GET',
      '/api/focus-group-actions?status=open&page=1&overdue=true',
    );
    // The filter off is left out, not sent as "false".
    await expectCall(api.actions({ overdue: false, page: 1 }), 'GET', '/api/focus-group-actions?page=1');
  });

  it('writes people, sessions, notes, findings and action items under the group', async () => {
    await expectCall(api.addPeople(GROUP, [USER], 'member'), 'POST', `/api/focus-groups/${GROUP}/people`, {
      userIds: [USER],
      role: 'member',
    });
    await expectCall(api.changeRole(GROUP, USER, 'facilitator'), 'PATCH', `/api/focus-groups/${GROUP}/people/${USER}`, {
      role: 'facilitator',
    });
    await expectCall(api.removePerson(GROUP, USER), 'DELETE', `/api/focus-groups/${GROUP}/people/${USER}`);
    await expectCall(
      api.updateSession(GROUP, SESSION, { cancelled: true }),
      'PATCH',
      `/api/focus-groups/${GROUP}/sessions/${SESSION}`,
      { cancelled: true },
      true,
    );
    await expectCall(
      api.saveNotes(GROUP, SESSION, '# Notulen'),
      'PUT',
      `/api/focus-groups/${GROUP}/sessions/${SESSION}/notes`,
      { notesMarkdown: '# Notulen' },
      true,
    );
    await expectCall(
      api.updateFinding(GROUP, 'f1', { tag: 'SDM', sessionId: null }),
      'PATCH',
      `/api/focus-groups/${GROUP}/findings/f1`,
      { tag: 'SDM', sessionId: null },
      true,
    );
    await expectCall(
      api.deleteFinding(GROUP, 'f 1'),
      'DELETE',
      `/api/focus-groups/${GROUP}/findings/f%201`,
      null,
      true,
    );
    await expectCall(
      api.updateAction(GROUP, 'a1', { status: 'done' }),
      'PATCH',
      `/api/focus-groups/${GROUP}/actions/a1`,
      { status: 'done' },
      true,
    );
  });

  it('reads the group again after a change of one of its items', async () => {
    const done = firstValueFrom(api.deleteAction(GROUP, 'a1'));
    http.expectOne(`/api/focus-groups/${GROUP}/actions/a1`).flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne(`/api/focus-groups/${GROUP}`).flush({ id: GROUP, actionItems: [] });
    expect(await done).toEqual({ id: GROUP, actionItems: [] });
  });

  it('downloads the summary PDF with the name the server gave it, and reads a refusal’s JSON', async () => {
    const saved = firstValueFrom(api.summaryPdf(GROUP));
    http.expectOne(`/api/focus-groups/${GROUP}/summary.pdf`).flush(new Blob(['%PDF']), {
      headers: { 'Content-Disposition': 'attachment; filename="ringkasan.pdf"' },
    });
    expect((await saved).fileName).toBe('ringkasan.pdf');

    const refused = firstValueFrom(api.summaryPdf(GROUP)).catch((error: unknown) => toApiFailure(error));
    const body = JSON.stringify({ statusCode: 404, code: 'focusGroup.notFound', message: 'Tidak ditemukan.' });
    http
      .expectOne(`/api/focus-groups/${GROUP}/summary.pdf`)
      .flush(new Blob([body], { type: 'application/json' }), { status: 404, statusText: 'Not Found' });
    expect(await refused).toMatchObject({ message: 'Tidak ditemukan.' });
  });
});
