import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { PaginationComponent } from './pagination.component';

describe('PaginationComponent', () => {
  async function render(page: number, total: number) {
    await TestBed.configureTestingModule({
      imports: [
        PaginationComponent,
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              pagination: { previous: 'Sebelumnya', next: 'Berikutnya', status: 'Halaman {{page}} dari {{pages}}' },
            },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(PaginationComponent);
    fixture.componentRef.setInput('label', 'Halaman daftar pengguna');
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('pageSize', 20);
    fixture.componentRef.setInput('total', total);
    await fixture.whenStable();
    return fixture;
  }

  it('names itself, shows where you are, and disables what cannot be done', async () => {
    const fixture = await render(1, 45);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Halaman daftar pengguna');
    expect(element.textContent).toContain('Halaman 1 dari 3');
    const [previous, next] = Array.from(element.querySelectorAll('button'));
    expect(previous.disabled).toBe(true);
    expect(next.disabled).toBe(false);
  });

  it('asks for the next page', async () => {
    const fixture = await render(2, 45);
    const pages: number[] = [];
    fixture.componentInstance.pageChange.subscribe((page) => pages.push(page));
    const [previous, next] = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button'));
    next.click();
    previous.click();
    expect(pages).toEqual([3, 1]);
  });
});
