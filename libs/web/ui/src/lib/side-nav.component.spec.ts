import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { SideNavComponent, type SideNavGroup } from './side-nav.component';

const GROUPS: SideNavGroup[] = [
  {
    id: 'courses',
    labelKey: 'groups.courses',
    links: [{ labelKey: 'links.courses', link: '/kelola/pelatihan', current: 'true' }],
  },
  {
    id: 'certificates',
    labelKey: 'groups.certificates',
    links: [
      { labelKey: 'links.certificates', link: '/kelola/sertifikat', current: null },
      { labelKey: 'links.issue', link: '/kelola/sertifikat/terbitkan', current: null },
    ],
  },
];

describe('SideNavComponent', () => {
  async function render(groups: SideNavGroup[]) {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              manage: 'Kelola',
              groups: { courses: 'Pelatihan & kuis', certificates: 'Sertifikat' },
              links: { courses: 'Kelola pelatihan', certificates: 'Kelola sertifikat', issue: 'Terbitkan sertifikat' },
            },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(SideNavComponent);
    fixture.componentRef.setInput('labelKey', 'manage');
    fixture.componentRef.setInput('homeLink', '/kelola');
    fixture.componentRef.setInput('groups', groups);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is a navigation landmark named for its section, leading back to the section’s page', async () => {
    const element = await render(GROUPS);
    const nav = element.querySelector('nav') as HTMLElement;
    expect(nav.getAttribute('aria-label')).toBe('Kelola');
    const home = nav.querySelector('a') as HTMLAnchorElement;
    expect(home.getAttribute('href')).toBe('/kelola');
    expect(home.textContent?.replace(/\s+/g, ' ').trim()).toBe('‹Kelola');
    expect(home.querySelector('[aria-hidden="true"]')?.textContent).toBe('‹');
  });

  it('lists each group as a list named by its label, and marks the current link', async () => {
    const element = await render(GROUPS);
    const lists = Array.from(element.querySelectorAll('ul'));
    expect(lists.map((list) => element.querySelector(`#${list.getAttribute('aria-labelledby')}`)?.textContent)).toEqual(
      ['Pelatihan & kuis', 'Sertifikat'],
    );
    const links = lists.map((list) =>
      Array.from(list.querySelectorAll('a')).map((a) => [
        a.textContent,
        a.getAttribute('href'),
        a.getAttribute('aria-current'),
      ]),
    );
    expect(links).toEqual([
      [['Kelola pelatihan', '/kelola/pelatihan', 'true']],
      [
        ['Kelola sertifikat', '/kelola/sertifikat', null],
        ['Terbitkan sertifikat', '/kelola/sertifikat/terbitkan', null],
      ],
    ]);
  });
});
