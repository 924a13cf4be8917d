import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventSeries } from '@bina-pustaka/shared-contracts';
import { eventSummary, manageTranslocoTesting, settle } from '../testing/manage-testing';
import { ReadingClubPage, scheduleText } from './reading-club.page';

const SERIES: EventSeries = {
  id: 's1',
  title: 'Klub Membaca Sabtu',
  description: 'Membaca sastra Indonesia bersama.',
  schedule: { weekday: 6, weekOfMonth: 2, startTime: '09:00', endTime: '11:00', timeZone: 'Asia/Jakarta' },
  meetings: [
    {
      ...eventSummary({ id: 'm1', kind: 'reading-club', timeZone: 'Asia/Jakarta', status: 'published' }),
      book: 'Laskar Pelangi',
    },
    { ...eventSummary({ id: 'm2', kind: 'reading-club', timeZone: 'Asia/Jakarta' }), book: null },
  ],
  members: 23,
  attendance: [{ meetingId: 'm1', arrived: 17 }],
};

describe('ReadingClubPage', () => {
  it('writes the schedule in words, in both languages', () => {
    const words: Record<string, string> = {
      'event-manage.series.ordinals.2': 'kedua',
      'event-manage.series.monthly': 'Setiap {{weekday}} {{ordinal}}, {{start}}–{{end}} {{zone}}',
      'event-manage.series.weekly': 'Setiap {{weekday}}, {{start}}–{{end}} {{zone}}',
    };
    const translate = (key: string, params: Record<string, string>) =>
      words[key].replace(/\{\{(\w+)\}\}/g, (_all, name: string) => params[name]);
    expect(scheduleText(SERIES.schedule, 'id', translate)).toBe('Setiap Sabtu kedua, 09.00–11.00 WIB');
    expect(scheduleText({ ...SERIES.schedule, weekOfMonth: null, timeZone: 'Asia/Makassar' }, 'id', translate)).toBe(
      'Setiap Sabtu, 09.00–11.00 WITA',
    );
  });

  it('shows the meetings with their book and arrivals, and the members', async () => {
    TestBed.configureTestingModule({
      imports: [manageTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'kelola/klub-membaca/:seriesId', component: ReadingClubPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    const http = TestBed.inject(HttpTestingController);
    void harness.navigateByUrl('/kelola/klub-membaca/s1');
    await settle(harness.fixture);
    http.expectOne('/api/event-series/s1').flush(SERIES);
    await settle(harness.fixture);
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Klub Membaca Sabtu');
    expect(element.querySelector('.lead')?.textContent).toContain('Setiap Sabtu kedua, 09.00–11.00 WIB');
    expect(element.textContent).toContain('23 orang pernah ikut');
    const meetings = [...element.querySelectorAll('.card-list li')].map((each) => each.textContent ?? '');
    expect(meetings[0]).toContain('Buku: Laskar Pelangi · 17 hadir · Terbit');
    expect(meetings[0]).toContain('Sabtu, 19 Desember 2026, 08.00 WIB');
    expect(meetings[1]).toContain('Buku belum ditentukan · 0 hadir · Draf');
    http.verify();
  });
});
