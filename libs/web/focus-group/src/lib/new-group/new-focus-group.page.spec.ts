import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BUDI, SITI, focusGroup, focusGroupTranslocoTesting, settle, typingPause } from '../testing';
import { NewFocusGroupPage } from './new-focus-group.page';

describe('NewFocusGroupPage', () => {
  async function open() {
    TestBed.configureTestingModule({
      imports: [focusGroupTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'diskusi-fokus/baru', component: NewFocusGroupPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/diskusi-fokus/baru');
    const render = () => settle(harness.fixture);
    await render();
    const element = harness.routeNativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const field = element.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    /** Types a name in a picker, answers the api with `found` and picks the first with Enter. */
    const pick = async (selector: string, q: string, found: { id: string; fullName: string }[]) => {
      type(selector, q);
      await typingPause();
      http.expectOne(`/api/focus-groups/people?q=${q}`).flush(found);
      await render();
      const box = element.querySelector(selector) as HTMLInputElement;
      expect(box.getAttribute('aria-expanded')).toBe('true');
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await render();
    };
    return { http, render, element, type, pick };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('creates a group with the people picked and opens it', async () => {
    const { http, render, element, type, pick } = await open();
    type('#fg-topic', '  Layanan perpustakaan keliling  ');
    type('#fg-purpose', 'Mendengar tantangan layanan keliling di desa.');
    (element.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await pick('#fg-facilitators', 'sit', [SITI]);
    await pick('#fg-members', 'bud', [SITI, BUDI]);
    // Siti is a facilitator already, so only Budi was offered (and picked) as a member.
    const chips = [...element.querySelectorAll('.fg-chips')].map((list) => list.textContent ?? '');
    expect(chips[0]).toContain('Siti Rahma');
    expect(chips[1]).toContain('Budi Santoso');
    expect(chips[1]).not.toContain('Siti Rahma');

    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    const create = http.expectOne('/api/focus-groups');
    expect(create.request.body).toEqual({
      topic: 'Layanan perpustakaan keliling',
      purpose: 'Mendengar tantangan layanan keliling di desa.',
      allowAnonymous: true,
      facilitatorIds: [SITI.id],
      memberIds: [BUDI.id],
    });
    create.flush(focusGroup({ id: 'g9' }));
    await render();
    expect(TestBed.inject(Router).url).toBe('/diskusi-fokus/g9');
  });

  it('asks for a facilitator before sending, and a removed person goes back to the list', async () => {
    const { http, render, element, type, pick } = await open();
    type('#fg-topic', 'Layanan perpustakaan keliling');
    type('#fg-purpose', 'Mendengar tantangan layanan keliling di desa.');
    await pick('#fg-facilitators', 'sit', [SITI]);
    (element.querySelector('.fg-chips button') as HTMLButtonElement).click();
    await render();
    expect(element.querySelector('.fg-chips')).toBeNull();
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await render();
    http.expectNone('/api/focus-groups');
    expect(element.querySelector('#fg-facilitators-error')?.textContent).toContain('Wajib diisi.');
    expect(document.activeElement?.id).toBe('fg-facilitators');
  });
});
