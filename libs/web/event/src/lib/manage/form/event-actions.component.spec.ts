import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthStore } from '@bina-pustaka/web-data-access';
import type { EventDetail } from '@bina-pustaka/shared-contracts';
import { EVENT_ID, eventDetail, fakeModalDialogs, manageTranslocoTesting, settle } from '../testing/manage-testing';
import { EventActionsComponent } from './event-actions.component';

describe('EventActionsComponent', () => {
  beforeAll(fakeModalDialogs);

  async function mount(event: EventDetail, coordinator = false) {
    TestBed.configureTestingModule({
      imports: [manageTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
        { provide: AuthStore, useValue: { hasAnyRole: () => coordinator } },
      ],
    });
    const fixture = TestBed.createComponent(EventActionsComponent);
    fixture.componentRef.setInput('event', event);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const http = TestBed.inject(HttpTestingController);
    return { fixture, element, http, render: () => settle(fixture) };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('links to the registrations and the door, and offers only what the event’s `may` allows', async () => {
    const { element } = await mount(
      eventDetail({
        status: 'published',
        may: { edit: true, publish: false, cancel: false, checkIn: false, issueCertificates: false },
      }),
    );
    const links = [...element.querySelectorAll('a')].map((link) => [
      link.textContent?.trim(),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Buka halaman publik', '/acara/peluncuran-buku-senja-k7q2'],
      ['Daftar pendaftar', `/kelola/acara/${EVENT_ID}/pendaftar`],
    ]);
    const buttons = [...element.querySelectorAll('button')].map((button) => button.textContent?.trim());
    expect(buttons).not.toContain('Terbitkan');
    expect(buttons).not.toContain('Batalkan acara');
    expect(buttons).not.toContain('Unduh daftar hadir (CSV)');
    expect(element.querySelector('details')).toBeNull();
  });

  it('issues certificates with the template and roles picked, and asks for both first', async () => {
    const { element, http, render } = await mount(eventDetail({ status: 'published' }));
    expect(
      [...element.querySelectorAll('a')].some(
        (link) => link.getAttribute('href') === `/kelola/acara/${EVENT_ID}/presensi`,
      ),
    ).toBe(true);
    const details = element.querySelector('details') as HTMLDetailsElement;
    // jsdom says `toggle` when it opens, as browsers do.
    details.open = true;
    await render();
    http.expectOne('/api/certificate-templates').flush([
      { id: 'tpl-1', name: 'Sertifikat Acara' },
      { id: 'tpl-2', name: 'Sertifikat Narasumber' },
    ]);
    await render();
    const form = details.querySelector('form') as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await render();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Pilih templat dan paling sedikit satu peran.',
    );

    (element.querySelector('#event-certificate-template') as HTMLSelectElement).value = 'tpl-2';
    const box = (label: string) =>
      [...details.querySelectorAll('label.checkbox')]
        .find((each) => each.textContent?.includes(label))
        ?.querySelector('input') as HTMLInputElement;
    box('Peserta').click();
    box('Narasumber').click();
    box('Panitia').click();
    await render();
    form.dispatchEvent(new Event('submit'));
    await render();
    const issued = http.expectOne(`/api/events/${EVENT_ID}/certificates`);
    expect(issued.request.body).toEqual({ templateId: 'tpl-2', roles: ['narasumber', 'panitia'] });
    issued.flush({
      roles: [
        { role: 'narasumber', people: 3, skipped: 1, queued: 2, alreadyHeld: 0 },
        { role: 'panitia', people: 5, skipped: 0, queued: 4, alreadyHeld: 1 },
      ],
      creditedFacilitators: 0,
    });
    await render();
    const said = element.querySelector('[role="status"]')?.textContent ?? '';
    expect(said).toContain('6 sertifikat sedang diterbitkan dan dikirim; 1 orang sudah memilikinya.');
    expect(said).toContain('1 orang dilewati');
    expect(said).not.toContain('Jam fasilitasi');
  });

  it('lets a coordinator delete a draft after asking, then goes back to the list', async () => {
    const { element, http, render } = await mount(eventDetail({ series: { id: 's1', title: 'Klub Sabtu' } }), true);
    expect(
      [...element.querySelectorAll('a')]
        .find((link) => link.textContent?.includes('Klub membaca: Klub Sabtu'))
        ?.getAttribute('href'),
    ).toBe('/kelola/klub-membaca/s1');
    const press = async (text: string) => {
      [...element.querySelectorAll<HTMLButtonElement>('button')]
        .find((each) => each.textContent?.trim() === text)
        ?.click();
      await render();
    };
    await press('Hapus draf');
    expect(element.querySelector('dialog')?.textContent).toContain('Hapus draf acara ini?');
    await press('Ya, hapus draf');
    const removed = http.expectOne(`/api/events/${EVENT_ID}`);
    expect(removed.request.method).toBe('DELETE');
    removed.flush(null, { status: 204, statusText: 'No Content' });
    await render();
    expect(TestBed.inject(Router).url).toBe('/kelola/acara');
  });

  it('downloads who came from the event’s page', async () => {
    const { element, http, render } = await mount(eventDetail({ status: 'published' }));
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:presensi'), revokeObjectURL: jest.fn() });
    // jsdom cannot follow the download link the browser would.
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((each) => each.textContent?.trim() === 'Unduh daftar hadir (XLSX)')
      ?.click();
    await render();
    http.expectOne(`/api/events/${EVENT_ID}/attendance.xlsx`).flush(new Blob(['PK']));
    await render();
    expect(click).toHaveBeenCalled();
  });
});
