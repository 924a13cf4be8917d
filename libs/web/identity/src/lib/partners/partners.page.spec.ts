import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import axe from 'axe-core';
import type { Institution } from '@bina-pustaka/shared-contracts';
import { PartnersPage } from './partners.page';

const WORDS = {
  common: { actions: 'Tindakan', loading: 'Memuat…', retry: 'Coba lagi' },
  fields: { email: 'Email' },
  errors: { unexpected: 'Terjadi kesalahan.', network: 'Tidak tersambung.' },
  validation: {
    required: 'Wajib diisi.',
    phone: 'Masukkan nomor telepon Indonesia.',
    url: 'Masukkan alamat web yang diawali http:// atau https://.',
  },
  identity: {
    partners: {
      listTitle: 'Daftar lembaga',
      add: 'Tambah lembaga',
      allKinds: 'Semua jenis',
      kind: 'Jenis',
      name: 'Nama lembaga',
      edit: 'Ubah',
      empty: 'Belum ada lembaga untuk jenis ini.',
      count: '{{total}} lembaga',
      newTitle: 'Lembaga baru',
      editTitle: 'Ubah {{name}}',
      contactPhone: 'Nomor telepon atau WhatsApp',
      create: 'Simpan lembaga',
      save: 'Simpan perubahan',
      saved: '{{name}} tersimpan.',
      logoAfterSave: 'Simpan lembaga terlebih dahulu, lalu unggah logonya di sini.',
      chooseLogo: 'Pilih berkas logo',
      kinds: { library: 'Perpustakaan', university: 'Perguruan tinggi', community: 'Komunitas', school: 'Sekolah' },
      upload: { hint: 'Jenis berkas: {{kinds}}. Ukuran maksimal {{max}}.' },
    },
  },
};

const institution = (name: string, kind: Institution['kind'], extra: Partial<Institution> = {}): Institution => ({
  id: `id-${name.length}-${kind}`,
  name,
  city: 'Sukamaju',
  kind,
  website: null,
  description: null,
  contact: { name: null, email: null, phone: null },
  logoUrl: null,
  ...extra,
});

const LIBRARY = institution('Dinas Perpustakaan Kota Sukamaju', 'library');
const UNIVERSITY = institution('Universitas Sukamaju', 'university', { logoUrl: '/api/institution-logos/abc' });
const COMMUNITY = institution('Komunitas Literasi Sukamaju Membaca', 'community');

/** Lets the awaited http answer reach the page, then renders. */
async function settled(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('PartnersPage', () => {
  async function render() {
    await TestBed.configureTestingModule({
      imports: [
        PartnersPage,
        TranslocoTestingModule.forRoot({
          langs: { id: WORDS },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    const fixture = TestBed.createComponent(PartnersPage);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/institutions').flush([UNIVERSITY, LIBRARY, COMMUNITY]);
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  const names = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('.card-list h3')).map((heading) => heading.textContent?.trim());

  const button = (element: HTMLElement, text: string) => {
    const found = Array.from(element.querySelectorAll('button')).find((each) => each.textContent?.trim() === text);
    if (!found) throw new Error(`no button ${text}`);
    return found;
  };

  function type(element: HTMLElement, selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  it('lists partners by name with their kind and logo, and filters by kind', async () => {
    const { fixture, element } = await render();
    expect(names(element)).toEqual([LIBRARY.name, COMMUNITY.name, UNIVERSITY.name]);
    expect(element.textContent).toContain('Perguruan tinggi');
    expect(element.querySelector<HTMLImageElement>('img.partner-thumb')?.getAttribute('src')).toBe(
      '/api/institution-logos/abc',
    );

    const filter = element.querySelector<HTMLSelectElement>('#partners-kind');
    if (!filter) throw new Error('no kind filter');
    filter.value = 'community';
    filter.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(names(element)).toEqual([COMMUNITY.name]);
    filter.value = 'school';
    filter.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(element.textContent).toContain('Belum ada lembaga untuk jenis ini.');
  });

  it('adds a partner, sends empty fields as null, and then offers the logo upload', async () => {
    const { fixture, http, element } = await render();
    button(element, 'Tambah lembaga').click();
    await fixture.whenStable();
    expect(element.querySelector('#partner-form-heading')?.textContent?.trim()).toBe('Lembaga baru');
    expect(element.textContent).toContain('Simpan lembaga terlebih dahulu');

    type(element, '#partner-name', 'SMA Negeri 1 Sukamaju');
    const kind = element.querySelector<HTMLSelectElement>('#partner-kind');
    if (!kind) throw new Error('no kind');
    kind.value = 'school';
    kind.dispatchEvent(new Event('change'));
    type(element, '#partner-contact-phone', '0812-3456-7890');
    button(element, 'Simpan lembaga').click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: '/api/institutions' });
    expect(request.request.body).toEqual({
      name: 'SMA Negeri 1 Sukamaju',
      kind: 'school',
      city: null,
      website: null,
      description: null,
      contact: { name: null, email: null, phone: '0812-3456-7890' },
    });
    const school = institution('SMA Negeri 1 Sukamaju', 'school', {
      contact: { name: null, email: null, phone: '081234567890' },
    });
    request.flush(school, { status: 201, statusText: 'Created' });
    await settled(fixture);

    expect(names(element)).toContain('SMA Negeri 1 Sukamaju');
    expect(element.textContent).toContain('SMA Negeri 1 Sukamaju tersimpan.');
    expect(element.querySelector('#partner-form-heading')?.textContent?.trim()).toBe('Ubah SMA Negeri 1 Sukamaju');
    expect(element.querySelector('#partner-logo-file')).not.toBeNull();
  });

  it('checks a phone number before sending, and shows the server’s word under the contact field', async () => {
    const { fixture, http, element } = await render();
    button(element, 'Ubah Universitas Sukamaju').click();
    await fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('#partner-name')?.value).toBe('Universitas Sukamaju');

    type(element, '#partner-contact-phone', '+1 202 555 0100');
    button(element, 'Simpan perubahan').click();
    await fixture.whenStable();
    http.expectNone({ method: 'PATCH' });
    expect(element.querySelector('#partner-contact-phone-error')?.textContent).toContain('nomor telepon Indonesia');
    expect(document.activeElement?.id).toBe('partner-contact-phone');

    type(element, '#partner-contact-phone', '');
    type(element, '#partner-contact-email', 'prodi@unsuka.example');
    button(element, 'Simpan perubahan').click();
    await fixture.whenStable();
    http.expectOne({ method: 'PATCH', url: `/api/institutions/${UNIVERSITY.id}` }).flush(
      {
        statusCode: 400,
        code: 'validation.failed',
        message: 'Beberapa isian belum benar.',
        issues: [{ field: 'contact.email', message: 'Email bukan alamat email yang valid.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settled(fixture);
    expect(element.querySelector('#partner-contact-email-error')?.textContent).toContain(
      'Email bukan alamat email yang valid.',
    );
  });

  it('has no serious accessibility violations, the list and the form with a problem shown (axe)', async () => {
    const { fixture, element } = await render();
    button(element, 'Ubah Universitas Sukamaju').click();
    await fixture.whenStable();
    type(element, '#partner-contact-phone', '12345');
    await fixture.whenStable();
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.passes.map((item) => item.id)).toEqual(expect.arrayContaining(['label', 'image-alt']));
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => `${item.id}: ${item.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
});
