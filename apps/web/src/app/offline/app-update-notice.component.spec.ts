import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AppUpdateNoticeComponent } from './app-update-notice.component';

describe('AppUpdateNoticeComponent', () => {
  const reload = jest.fn();

  function render(reason: 'ready' | 'broken') {
    TestBed.configureTestingModule({
      imports: [
        AppUpdateNoticeComponent,
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              appUpdate: {
                label: 'Pembaruan',
                ready: 'Versi baru',
                broken: 'Perlu dimuat ulang',
                reload: 'Muat ulang',
                later: 'Nanti',
              },
            },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
    });
    const fixture = TestBed.createComponent(AppUpdateNoticeComponent);
    fixture.componentRef.setInput('reason', reason);
    fixture.componentInstance.reloadRequested.subscribe(reload);
    fixture.detectChanges();
    return fixture;
  }

  beforeEach(() => reload.mockReset());

  it('offers the new version and reloads only when asked; “later” just closes', () => {
    const fixture = render('ready');
    const closed = jest.fn();
    fixture.componentInstance.closed.subscribe(closed);
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Versi baru');
    expect(reload).not.toHaveBeenCalled();

    const [reloadButton, laterButton] = Array.from(element.querySelectorAll('button'));
    laterButton.click();
    expect(closed).toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    reloadButton.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('when the cached version cannot run any more, offers only the reload', () => {
    const element: HTMLElement = render('broken').nativeElement;
    expect(element.textContent).toContain('Perlu dimuat ulang');
    expect(element.querySelectorAll('button')).toHaveLength(1);
  });
});
