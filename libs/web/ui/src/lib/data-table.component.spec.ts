import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { DataCardDirective, DataRowDirective, DataTableComponent, type ShownPage } from './data-table.component';
import type { ShownFailure } from './failure-alert.component';

interface Person {
  id: string;
  name: string;
}

@Component({
  imports: [DataTableComponent, DataRowDirective, DataCardDirective],
  template: `
    <bp-data-table
      caption="Daftar orang"
      emptyText="Belum ada orang."
      paginationLabel="Halaman daftar orang"
      countKey="people.count"
      [columns]="columns"
      [page]="page()"
      [loading]="loading()"
      [failure]="failure()"
      (pageChange)="asked.push($event)"
      (retry)="retries = retries + 1"
    >
      <ng-template bpDataRow let-person>
        <th scope="row">{{ person.name }}</th>
        <td><button type="button">Ubah</button></td>
      </ng-template>
      <ng-template bpDataCard let-person>
        <h3>{{ person.name }}</h3>
      </ng-template>
    </bp-data-table>
  `,
})
class HostComponent {
  readonly columns = [{ key: 'people.name' }, { key: 'common.actions', visuallyHidden: true }];
  readonly page = signal<ShownPage<Person> | null>(null);
  readonly loading = signal(true);
  readonly failure = signal<ShownFailure | null>(null);
  readonly asked: number[] = [];
  retries = 0;
}

@Component({
  imports: [DataTableComponent, DataRowDirective],
  template: `
    <bp-data-table
      caption="Daftar hadir"
      emptyText="Belum ada yang hadir."
      regionLabel="Daftar hadir (dapat digulir)"
      [columns]="columns"
      [page]="people"
      [loading]="false"
    >
      <ng-template bpDataRow let-person>
        <th scope="row" role="rowheader">{{ person.name }}</th>
        <td role="cell" class="cell-number">3</td>
      </ng-template>
    </bp-data-table>
  `,
})
class LedgerHostComponent {
  readonly columns = [{ key: 'people.name' }, { key: 'people.visits', class: 'cell-number' }];
  readonly people: Person[] = [
    { id: 'a', name: 'Ani' },
    { id: 'b', name: 'Budi' },
  ];
}

@Component({
  imports: [DataTableComponent, DataRowDirective],
  template: `
    <bp-data-table
      caption="Progres peserta"
      emptyText="Belum ada peserta."
      paginationLabel="Halaman progres peserta"
      [columns]="columns"
      [page]="people()"
      [pageSize]="2"
      [loading]="false"
      (pageChange)="asked.push($event)"
    >
      <ng-template bpDataRow let-person>
        <th scope="row" role="rowheader">{{ person.name }}</th>
        <td role="cell">1</td>
      </ng-template>
    </bp-data-table>
  `,
})
class WholeListHostComponent {
  readonly columns = [{ key: 'people.name' }, { key: 'people.module', params: { number: 1 }, title: 'Katalogisasi' }];
  readonly people = signal<Person[]>(['Ani', 'Budi', 'Citra'].map((name) => ({ id: name, name })));
  readonly asked: number[] = [];
}

describe('DataTableComponent', () => {
  let wide = true;

  beforeEach(() => {
    window.matchMedia = ((query: string) => ({
      matches: wide,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
  });

  async function configure() {
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              common: { loading: 'Memuat…', actions: 'Tindakan', retry: 'Coba lagi' },
              errors: { network: 'Server tidak dapat dihubungi.' },
              people: { name: 'Nama', visits: 'Kunjungan', count: '{{total}} orang', module: 'M{{number}}' },
              pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
            },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
    }).compileComponents();
  }

  async function render(page: ShownPage<Person> | null, loading = false) {
    await configure();
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.page.set(page);
    fixture.componentInstance.loading.set(loading);
    await fixture.whenStable();
    return fixture;
  }

  const people = (total: number): ShownPage<Person> => ({
    items: [
      { id: 'a', name: 'Ani' },
      { id: 'b', name: 'Budi' },
    ],
    page: 1,
    pageSize: 2,
    total,
  });

  it('says it is loading until the first page arrives', async () => {
    const fixture = await render(null, true);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.list-region')?.getAttribute('aria-busy')).toBe('true');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Memuat…');
  });

  it('shows a named table with a row header per item, the count, and pages when there are more', async () => {
    wide = true;
    const fixture = await render(people(3));
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="status"]')?.textContent).toContain('3 orang');
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Daftar orang');
    const headers = Array.from(element.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Nama', 'Tindakan']);
    expect(element.querySelector('thead th:last-child .visually-hidden')).not.toBeNull();
    const rows = Array.from(element.querySelectorAll('tbody tr th[scope="row"]')).map((th) => th.textContent);
    expect(rows).toEqual(['Ani', 'Budi']);
    const next = Array.from(element.querySelectorAll('nav button'))[1] as HTMLButtonElement;
    next.click();
    expect(fixture.componentInstance.asked).toEqual([2]);
  });

  it('shows cards on phones and no pagination when one page holds all', async () => {
    wide = false;
    const fixture = await render(people(2));
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('ul.card-list')?.getAttribute('aria-label')).toBe('Daftar orang');
    expect(Array.from(element.querySelectorAll('li.list-card h3')).map((h) => h.textContent)).toEqual(['Ani', 'Budi']);
    expect(element.querySelector('bp-pagination')).toBeNull();
  });

  it('says when there is nothing, and offers to try again after a failure', async () => {
    const fixture = await render({ items: [], page: 1, pageSize: 20, total: 0 });
    fixture.componentInstance.failure.set({ status: 0, code: 'network', message: null });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.empty')?.textContent).toContain('Belum ada orang.');
    expect(element.textContent).toContain('Server tidak dapat dihubungi.');
    (element.querySelector('bp-failure-alert button') as HTMLButtonElement).click();
    expect(fixture.componentInstance.retries).toBe(1);
  });

  it('without a card, keeps a list that is not paged a table on phones, its rows stacked, in a named scroll region', async () => {
    wide = false;
    await configure();
    const fixture = TestBed.createComponent(LedgerHostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const region = element.querySelector('.table-wrap');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Daftar hadir (dapat digulir)');
    const table = element.querySelector('table.data-table-stacked');
    expect(table?.getAttribute('role')).toBe('table');
    expect(element.querySelectorAll('tbody tr[role="row"]')).toHaveLength(2);
    expect(element.querySelector('thead th:last-child')?.className).toBe('cell-number');
    expect(element.querySelector('thead th')?.getAttribute('role')).toBe('columnheader');
    expect(element.querySelector('bp-pagination')).toBeNull();
  });

  it('pages a list given whole in the browser, back to the first page when a new list arrives', async () => {
    wide = true;
    await configure();
    const fixture = TestBed.createComponent(WholeListHostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const names = () => Array.from(element.querySelectorAll('tbody th')).map((th) => th.textContent);
    expect(names()).toEqual(['Ani', 'Budi']);
    const module = element.querySelector('thead th:last-child');
    expect(module?.querySelector('abbr')?.getAttribute('title')).toBe('Katalogisasi');
    expect(module?.textContent?.replace(/\s+/g, ' ').trim()).toBe('M1 Katalogisasi');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Halaman progres peserta');
    (element.querySelectorAll('nav button')[1] as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(names()).toEqual(['Citra']);
    expect(fixture.componentInstance.asked).toEqual([2]);
    fixture.componentInstance.people.set([
      { id: 'd', name: 'Dewi' },
      { id: 'e', name: 'Eko' },
      { id: 'f', name: 'Fajar' },
    ]);
    await fixture.whenStable();
    expect(names()).toEqual(['Dewi', 'Eko']);
  });
});
