import { UrlSignerService } from '@bina-pustaka/api-platform';
import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { SAMPLE_PNG } from '@bina-pustaka/api-learning/testing';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import type { ApiErrorBody, CertificateImage } from '@bina-pustaka/shared-contracts';
import { CertificatesModule, certificatesMigrations } from './certificates.module';
import { imageSigningSubject } from './templates/certificate-images.service';

describe('certificate template images: only the people who design templates fetch them', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let learner: SignedInUser;
  let logo: CertificateImage;

  /** A correctly signed link for someone, as if one had been handed to them (or had leaked). */
  const linkFor = (userId: string) => {
    const { expires, signature } = t.app.get(UrlSignerService).sign(imageSigningSubject(logo.id), userId);
    return `/api/certificate-images/${logo.id}/content?u=${userId}&expires=${expires}&signature=${signature}`;
  };

  beforeAll(async () => {
    t = await startTestApp({
      modules: [IdentityModule, LearningModule, NotificationsModule, CertificatesModule],
      migrations: [
        ...identityMigrations,
        ...learningMigrations,
        ...notificationsMigrations,
        ...webinarMigrations,
        ...certificatesMigrations,
      ],
    });
    coordinator = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    learner = await signIn(t.api, await createTestUser(t.db, { roles: ['learner'], fullName: 'Dewi Lestari' }));
    const uploaded = await t.api.upload<CertificateImage>(
      '/api/certificate-images',
      { kind: 'signature' },
      { name: 'ttd-kepala-dinas.png', bytes: SAMPLE_PNG },
      { token: coordinator.token },
    );
    expect(uploaded.status).toBe(201);
    logo = uploaded.body;
  });
  afterAll(() => t.close());

  it('serves the editor’s link to a coordinator, and refuses a learner and a guest', async () => {
    const own = await t.api.download(logo.url);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');

    // A learner, even with a link correctly signed for them.
    const forLearner = await t.api.download(linkFor(learner.id), { token: learner.token });
    expect(forLearner.status).toBe(403);
    // A guest: no link, a link for nobody known, or a tampered one.
    expect((await t.api.download(`/api/certificate-images/${logo.id}/content`)).status).toBe(400);
    expect((await t.api.download(linkFor('00000000-0000-4000-8000-000000000000'))).status).toBe(403);
    expect(
      (await t.api.download(logo.url.replace(/signature=[^&]+/, 'signature=AAAAAAAAAAAAAAAAAAAAAAAA'))).status,
    ).toBe(403);
  });

  // Found by the bad-input fuzzer: a body that says multipart but is not was a 500.
  it('refuses an upload whose multipart body is broken with a 400', async () => {
    for (const contentType of ['multipart/form-data; boundary=x', 'multipart/form-data']) {
      const response = await t.api.request<ApiErrorBody>('POST', '/api/certificate-images', undefined, {
        token: coordinator.token,
        headers: { 'content-type': contentType },
        raw: 'a=1&b=2',
      });
      expect({ contentType, status: response.status, code: response.body.code }).toEqual({
        contentType,
        status: 400,
        code: 'http.malformedMultipart',
      });
    }
  });

  it('stops serving a link once its holder no longer designs templates', async () => {
    const former = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    const link = linkFor(former.id);
    expect((await t.api.download(link)).status).toBe(200);
    await t.db.query(`UPDATE users SET roles = '{learner}' WHERE id = $1`, [former.id]);
    expect((await t.api.download(link)).status).toBe(403);
    await t.db.query(`UPDATE users SET roles = '{coordinator}', status = 'disabled' WHERE id = $1`, [former.id]);
    expect((await t.api.download(link)).status).toBe(403);
  });
});
