import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';

@Component({
  selector: 'bp-not-found-page',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth-layout" *transloco="let t">
      <section class="card auth-card" aria-labelledby="not-found-heading">
        <p class="eyebrow">404</p>
        <h1 id="not-found-heading">{{ t('notFound.title') }}</h1>
        <p class="lead">{{ t('notFound.text') }}</p>
        <a class="btn btn-primary" [routerLink]="homeLink">{{ t('notFound.home') }}</a>
      </section>
    </div>
  `,
})
export class NotFoundPage {
  protected readonly homeLink = appLink(APP_PATHS.home);
}
