import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthStore } from '@bina-pustaka/web-data-access';
import { PersonalDataComponent } from './personal-data.component';

const WORDS = {
  fields: { password: 'Kata sandi' },
  common: { cancel: 'Batal' },
  validation: { required: 'Wajib diisi.', deletionWord: 'Ketik {{word}} dengan huruf kapital.' },
  identity: {
    personalData: {
      download: 'Unduh data saya',
      delete: 'Hapus akun',
      confirmationLabel: 'Ketik {{word}} untuk mengonfirmasi',
      confirmDelete: 'Hapus akun saya',
      dialogKept: 'Sertifikat Anda tetap dapat diverifikasi.',
    },
  },
};

describe('PersonalDataComponent', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: the browser's part of opening one.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  async function render() {
    const forgetDeletedAccount = jest.fn(() => Promise.resolve());
    await TestBed.configureTestingModule({
      imports: [
        PersonalDataComponent,
        TranslocoTestingModule.forRoot({
          langs: { id: WORDS },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AuthStore, useValue: { forgetDeletedAccount, updateUser: jest.fn() } },
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(PersonalDataComponent);
    await fixture.whenStable();
    return {
      fixture,
      forgetDeletedAccount,
      http: TestBed.inject(HttpTestingController),
      element: fixture.nativeElement as HTMLElement,
    };
  }

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

  it('downloads my data as the file the api names', async () => {
    const createObjectURL = jest.fn(() => 'blob:data-pribadi');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    // jsdom cannot follow the download link; the click itself is the browser's part.
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fixture, http, element } = await render();
    button(element, 'Unduh data saya').click();
    http.expectOne('/api/me/data').flush(new Blob(['{}']), {
      headers: { 'Content-Disposition': 'attachment; filename="data-pribadi-2026-12-06.json"' },
    });
    await fixture.whenStable();
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });

  it('asks the password and HAPUS in capitals before deleting, says what stays, then forgets the session', async () => {
    const { fixture, http, element, forgetDeletedAccount } = await render();
    button(element, 'Hapus akun').click();
    await fixture.whenStable();
    const dialog = element.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(dialog?.textContent).toContain('Sertifikat Anda tetap dapat diverifikasi.');
    expect(element.querySelector('label[for="deletion-confirmation"]')?.textContent).toContain(
      'Ketik HAPUS untuk mengonfirmasi',
    );

    type(element, '#deletion-password', 'Rahasia-Uji-2026');
    type(element, '#deletion-confirmation', 'hapus');
    element.querySelector('dialog form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    http.expectNone('/api/me/deletion');
    expect(element.querySelector('#deletion-confirmation-error')?.textContent).toContain(
      'Ketik HAPUS dengan huruf kapital.',
    );

    type(element, '#deletion-confirmation', 'HAPUS');
    element.querySelector('dialog form')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne('/api/me/deletion');
    expect(request.request.body).toEqual({ password: 'Rahasia-Uji-2026', confirmation: 'HAPUS' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(forgetDeletedAccount).toHaveBeenCalled();
    expect(dialog?.open).toBe(false);
  });

  it('shows the api refusal and keeps the account when the password is wrong', async () => {
    const { fixture, http, element, forgetDeletedAccount } = await render();
    button(element, 'Hapus akun').click();
    type(element, '#deletion-password', 'salah');
    type(element, '#deletion-confirmation', 'HAPUS');
    element.querySelector('dialog form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/me/deletion')
      .flush(
        { statusCode: 422, code: 'account.wrongPassword', message: 'Kata sandi salah. Akun Anda tidak dihapus.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();
    expect(element.querySelector('dialog')?.textContent).toContain('Kata sandi salah. Akun Anda tidak dihapus.');
    expect(forgetDeletedAccount).not.toHaveBeenCalled();
  });
});
