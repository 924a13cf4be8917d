import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CourseProgressReport } from '@bina-pustaka/shared-contracts';
import { settle } from '@bina-pustaka/web-ui/testing';
import axe from 'axe-core';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { CourseEditorStore } from './course-editor.store';
import { ProgressReportComponent } from './progress-report.component';

const COURSE = '6f1d2c1e-8888-4c3a-9b1a-000000000001';
const COHORT = '6f1d2c1e-8888-4c3a-9b1a-000000000002';

type Learner = CourseProgressReport['learners'][number];

const learner = (n: number, changes: Partial<Learner> = {}): Learner => ({
  user: { id: `u${n}`, fullName: `Peserta ${n}`, email: `peserta${n}@contoh.id` },
  cohortName: 'Angkatan 1',
  status: 'active',
  doneByModule: [2, 0],
  progressPercent: 40,
  lastActivityAt: '2026-11-25T07:00:00Z',
  stuckAt: { lessonId: 'l3', title: 'Tajuk subjek' },
  flag: null,
  ...changes,
});

const report = (learners: Learner[]): CourseProgressReport => ({
  courseId: COURSE,
  modules: [
    { id: 'm1', title: 'Katalogisasi deskriptif', requiredLessons: 2 },
    { id: 'm2', title: 'Klasifikasi DDC', requiredLessons: 3 },
  ],
  learners,
});

describe('ProgressReportComponent', () => {
  async function render(learners: Learner[]) {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              learning: id,
              common: { loading: 'Memuat…', retry: 'Coba lagi' },
              errors: {},
              pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
            },
            en: { learning: en },
          },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: CourseEditorStore, useValue: { course: signal({ id: COURSE }) } },
      ],
    });
    const fixture = TestBed.createComponent(ProgressReportComponent);
    const http = TestBed.inject(HttpTestingController);
    await settle(fixture);
    http
      .expectOne((request) => request.url === '/api/cohorts')
      .flush({ items: [{ id: COHORT, name: 'Angkatan 2' }], page: 1, pageSize: 100, total: 1 });
    http.expectOne(`/api/courses/${COURSE}/progress`).flush(report(learners));
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const names = () => [...element.querySelectorAll('tbody .person-name')].map((name) => name.textContent);
    return { fixture, http, element, names };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows each learner module by module on the shared table, with where they are stuck', async () => {
    const doubted = learner(2, {
      doneByModule: [2, 3],
      progressPercent: 100,
      stuckAt: null,
      lastActivityAt: null,
      flag: { refused: 2, borderline: 1, reason: 'Materi selesai 10 detik setelah dibuka.' },
    });
    const { element } = await render([learner(1), doubted]);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('2 peserta');
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Progres peserta per modul');
    const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim());
    expect(headers).toEqual([
      'Peserta',
      'M1 Katalogisasi deskriptif',
      'M2 Klasifikasi DDC',
      'Progres',
      'Tertahan di',
      'Aktivitas terakhir',
    ]);
    const rows = [...element.querySelectorAll('tbody tr')];
    const cells = (row: Element) => [...row.querySelectorAll('td')];
    expect(cells(rows[0])[0].classList).toContain('cell-complete');
    expect(cells(rows[0])[1].textContent).toContain('0/3');
    expect(cells(rows[0])[3].textContent).toContain('Tajuk subjek');
    expect(cells(rows[0])[4].textContent).toContain('25 November 2026, 14.00 WIB');
    expect(rows[1].querySelector('th')?.textContent).toContain('Progres janggal: 2 ditolak, 1 di batas tercepat');
    expect(cells(rows[1])[3].textContent).toContain('Selesai semua');
    expect(cells(rows[1])[4].textContent).toContain('Belum pernah');
    expect(element.querySelector('bp-pagination')).toBeNull();
    expect(element.textContent).toContain('M1, M2, …');
  });

  it('pages a long list 20 learners at a time, and starts again at the first page for another cohort', async () => {
    const many = Array.from({ length: 25 }, (_, i) => learner(i + 1));
    const { fixture, http, element, names } = await render(many);
    expect(names()).toHaveLength(20);
    expect(element.querySelector('bp-pagination')?.textContent).toContain('Halaman 1 dari 2');
    (element.querySelectorAll('bp-pagination button')[1] as HTMLButtonElement).click();
    await settle(fixture);
    expect(names()).toEqual(['Peserta 21', 'Peserta 22', 'Peserta 23', 'Peserta 24', 'Peserta 25']);

    const cohort = element.querySelector('#progress-cohort') as HTMLSelectElement;
    cohort.value = COHORT;
    cohort.dispatchEvent(new Event('change'));
    await settle(fixture);
    const read = http.expectOne((request) => request.url === `/api/courses/${COURSE}/progress`);
    expect(read.request.params.get('cohortId')).toBe(COHORT);
    read.flush(report(many.slice(0, 22)));
    await settle(fixture);
    expect(names()[0]).toBe('Peserta 1');
    expect(element.querySelector('bp-pagination')?.textContent).toContain('Halaman 1 dari 2');
  });

  it('says when nobody is enrolled yet', async () => {
    const { element } = await render([]);
    expect(element.querySelector('.empty')?.textContent).toContain('Belum ada peserta.');
    expect(element.querySelector('table')).toBeNull();
  });

  it('has no serious accessibility violations (axe)', async () => {
    const { element } = await render([learner(1), learner(2)]);
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom draws nothing: contrast is left to the browser journeys.
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => item.id)).toEqual([]);
  });
});
