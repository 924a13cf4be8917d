import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CertificateBatch } from '@bina-pustaka/shared-contracts';
import { settle } from '@bina-pustaka/web-ui/testing';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { BatchListComponent } from './batch-list.component';

const batch = (n: number, changes: Partial<CertificateBatch> = {}): CertificateBatch => ({
  id: `b${n}`,
  subject: { kind: 'course', id: 'c1', title: `Katalogisasi dengan RDA ${n}` },
  cohortId: 'k1',
  cohortName: 'Angkatan I',
  role: 'peserta',
  templateId: 't1',
  createdAt: '2026-11-25T07:00:00Z',
  createdBy: 'Bambang Sutrisno',
  total: 4,
  issued: 1,
  failed: 1,
  pending: 2,
  alreadyHeld: 0,
  ...changes,
});

describe('BatchListComponent', () => {
  let wide = true;

  beforeEach(() => {
    wide = true;
    window.matchMedia = ((query: string) => ({
      matches: wide,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
  });

  async function render() {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              certificates: id,
              fields: { role: 'Peran' },
              common: { loading: 'Memuat…', retry: 'Coba lagi' },
              errors: {},
              pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
            },
            en: { certificates: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(BatchListComponent);
    const http = TestBed.inject(HttpTestingController);
    await settle(fixture);
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the bulk issues on the shared table with their progress, and asks the server for the next page', async () => {
    const { fixture, http, element } = await render();
    const first = http.expectOne((request) => request.url === '/api/certificate-batches');
    expect(first.request.params.get('pageSize')).toBe('10');
    first.flush({
      items: [batch(1), batch(2, { cohortName: null, role: 'narasumber' })],
      page: 1,
      pageSize: 10,
      total: 12,
    });
    await settle(fixture);
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Penerbitan');
    const rows = [...element.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('th a')?.getAttribute('href')).toBe('/kelola/sertifikat/batch/b1');
    expect(rows[0].textContent).toContain('Angkatan I');
    expect(rows[0].textContent).toContain('25 November 2026');
    expect(rows[0].textContent).toContain('1 terbit · 1 gagal · 2 menunggu');
    expect(rows[1].textContent).toContain('Narasumber');

    (element.querySelectorAll('bp-pagination button')[1] as HTMLButtonElement).click();
    await settle(fixture);
    const second = http.expectOne((request) => request.url === '/api/certificate-batches');
    expect(second.request.params.get('page')).toBe('2');
    second.flush({ items: [batch(11), batch(12)], page: 2, pageSize: 10, total: 12 });
    await settle(fixture);
    expect(element.querySelector('tbody th')?.textContent).toContain('Katalogisasi dengan RDA 11');
  });

  it('shows each bulk issue as a card on phones', async () => {
    wide = false;
    const { fixture, http, element } = await render();
    http
      .expectOne((request) => request.url === '/api/certificate-batches')
      .flush({ items: [batch(1)], page: 1, pageSize: 10, total: 1 });
    await settle(fixture);
    expect(element.querySelector('table')).toBeNull();
    const card = element.querySelector('li.list-card') as HTMLElement;
    expect(card.querySelector('h3 a')?.getAttribute('href')).toBe('/kelola/sertifikat/batch/b1');
    expect(card.textContent?.replace(/\s+/g, ' ')).toContain('Peserta · Angkatan I · 25 November 2026');
    expect(card.querySelector('bp-progress-bar')).not.toBeNull();
  });

  it('says when nothing has been issued yet', async () => {
    const { fixture, http, element } = await render();
    http
      .expectOne((request) => request.url === '/api/certificate-batches')
      .flush({ items: [], page: 1, pageSize: 10, total: 0 });
    await settle(fixture);
    expect(element.querySelector('.empty')?.textContent).toContain('Belum ada penerbitan sertifikat.');
  });
});
