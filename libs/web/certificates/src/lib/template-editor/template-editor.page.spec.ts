import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { TemplateEditorPage } from './template-editor.page';

const ID = {
  certificates: {
    templateEditor: {
      errors: {
        placeholder: 'Isian otomatis tidak dikenal: {{names}}.',
        numberUnique: 'Pola harus memuat {urut} dan {tahun}.',
      },
      placeholders: 'Sisipkan ke {{field}}',
      into: { bodyId: 'isi sertifikat', titleId: 'judul' },
      numberExample: 'Contoh: {{number}}',
    },
    certificatePlaceholder: { nama: 'Nama peserta', jp: 'Jumlah JP' },
  },
  validation: { required: 'Wajib diisi.' },
};

describe('TemplateEditorPage', () => {
  async function open() {
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { id: ID },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'kelola/sertifikat/templat/baru', component: TemplateEditorPage }]),
      ],
    }).compileComponents();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/kelola/sertifikat/templat/baru', TemplateEditorPage);
    return {
      harness,
      http: TestBed.inject(HttpTestingController),
      element: harness.routeNativeElement as HTMLElement,
    };
  }

  function type(element: HTMLElement, selector: string, value: string): HTMLInputElement {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    return input;
  }

  const previewText = (element: HTMLElement, part: string) =>
    Array.from(element.querySelectorAll(`[data-part="${part}"] tspan`))
      .map((tspan) => tspan.textContent)
      .join(' ');

  it('redraws the preview as the author types, with the sample holder', async () => {
    const { harness, element } = await open();
    type(element, '#template-title', 'Piagam');
    await harness.fixture.whenStable();
    expect(previewText(element, 'title')).toBe('PIAGAM');
    type(element, '#template-body', 'Untuk {{nama}} ({{jp}} JP)');
    await harness.fixture.whenStable();
    expect(previewText(element, 'body')).toBe('Untuk Dewi Lestari, S.Hum. (8 JP)');
  });

  it('names unknown placeholders and an unsafe number pattern under their fields', async () => {
    const { harness, element } = await open();
    const body = type(element, '#template-body', 'Untuk {{kota}}');
    type(element, '#template-number', '{urut}/BP');
    await harness.fixture.whenStable();
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#template-body-error')?.textContent?.trim()).toBe(
      'Isian otomatis tidak dikenal: kota.',
    );
    expect(element.querySelector('#template-number-error')?.textContent?.trim()).toBe(
      'Pola harus memuat {urut} dan {tahun}.',
    );
  });

  it('puts a placeholder at the caret of the text last focused', async () => {
    const { harness, element } = await open();
    const body = type(element, '#template-body', 'Untuk  ini');
    body.dispatchEvent(new Event('focus'));
    body.setSelectionRange(6, 6);
    const button = Array.from(element.querySelectorAll('button')).find((item) =>
      item.textContent?.includes('Nama peserta'),
    );
    button?.click();
    await harness.fixture.whenStable();
    expect(body.value).toBe('Untuk {{nama}} ini');
    expect(body.selectionStart).toBe(14);
  });

  it('shows the server’s issues next to their fields, the signatories’ too', async () => {
    const { harness, http, element } = await open();
    type(element, '#template-name', 'Templat Dinas');
    type(element, '#signatory-0-name', 'Bambang Sutrisno');
    type(element, '#signatory-0-position', 'Kepala Dinas');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: '/api/certificate-templates' });
    expect(request.request.body).toMatchObject({
      name: 'Templat Dinas',
      titleEn: null,
      signatories: [{ name: 'Bambang Sutrisno', position: 'Kepala Dinas', detail: null, signatureImageId: null }],
    });
    request.flush(
      {
        statusCode: 422,
        code: 'validation.failed',
        message: 'Periksa isian Anda.',
        issues: [
          { field: 'bodyId', message: 'Isian otomatis tidak dikenal: {{kota}}.' },
          { field: 'signatories.0.position', message: 'Jabatan terlalu pendek.' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.fixture.whenStable();
    expect(element.querySelector('#template-body-error')?.textContent?.trim()).toBe(
      'Isian otomatis tidak dikenal: {{kota}}.',
    );
    expect(element.querySelector('#signatory-0-position-error')?.textContent?.trim()).toBe('Jabatan terlalu pendek.');
    expect(element.querySelector('#signatory-0-position')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#signatory-0-name')?.getAttribute('aria-invalid')).toBeNull();
  });
});
