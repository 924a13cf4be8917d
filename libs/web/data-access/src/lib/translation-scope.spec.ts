import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoDirective, TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { translationScopeRoute, type ScopeTranslations } from './translation-scope';

/** What the page saw of its words when it was created, and what its template shows. */
@Component({
  selector: 'bp-scoped-test-page',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p *transloco="let t">{{ t('demo.greeting') }} · {{ t('common.back') }}</p>`,
})
class ScopedPage {
  readonly atCreation = inject(TranslocoService).translate('demo.greeting');
}

/** A scope named with a hyphen, as the door's `event-door`: its keys keep the name. */
@Component({
  selector: 'bp-hyphen-test-page',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p *transloco="let t">{{ t('demo-door.greeting') }}</p>`,
})
class HyphenPage {}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('translationScopeRoute', () => {
  let requested: string[];
  let page: ReturnType<typeof deferred<typeof ScopedPage>>;

  beforeEach(() => {
    requested = [];
    page = deferred<typeof ScopedPage>();
    const words: ScopeTranslations = {
      id: async () => (requested.push('id'), { greeting: 'Selamat datang' }),
      en: async () => (requested.push('en'), { greeting: 'Welcome' }),
    };
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { id: { common: { back: 'Kembali' } }, en: { common: { back: 'Back' } } },
          translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([
          translationScopeRoute('demo', words, [
            { path: 'halaman', loadComponent: () => page.promise },
            { path: 'lain', loadComponent: () => ScopedPage },
          ]),
          translationScopeRoute('demo-door', words, [{ path: 'pintu', loadComponent: () => HyphenPage }]),
        ]),
      ],
    });
  });

  it('asks for the words with the page chunk, not after it', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/halaman');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The page's chunk has not arrived yet, and its words are already on their way.
    expect(requested).toEqual(['id']);
    page.resolve(ScopedPage);
    await navigation;
  });

  it('creates and renders the page only once its words are there: no key ever shows', async () => {
    page.resolve(ScopedPage);
    const harness = await RouterTestingHarness.create();
    const shown = await harness.navigateByUrl('/halaman', ScopedPage);
    expect(shown.atCreation).toBe('Selamat datang');
    expect(harness.routeNativeElement?.textContent?.trim()).toBe('Selamat datang · Kembali');
  });

  it('brings the words of the current language', async () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    const harness = await RouterTestingHarness.create();
    const shown = await harness.navigateByUrl('/lain', ScopedPage);
    expect(requested).toEqual(['en']);
    expect(shown.atCreation).toBe('Welcome');
    expect(harness.routeNativeElement?.textContent?.trim()).toBe('Welcome · Back');
  });

  it('keeps a hyphenated scope’s name in its keys (Transloco would camel-case it)', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/pintu', HyphenPage);
    expect(harness.routeNativeElement?.textContent?.trim()).toBe('Selamat datang');
  });
});
