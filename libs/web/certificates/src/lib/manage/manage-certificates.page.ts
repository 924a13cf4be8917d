import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { map } from 'rxjs';
import { MANAGE_CERTIFICATE_SECTIONS, type ManageCertificateSection } from '../certificate-keys';
import { enumParam } from '../shared/route-query';
import { BatchListComponent } from './batch-list.component';
import { CourseCertificatesComponent } from './course-certificates.component';
import { TemplateListComponent } from './template-list.component';

/** Kelola sertifikat: templates, issuing (batches), and the certificates of a course. */
@Component({
  selector: 'bp-manage-certificates-page',
  imports: [RouterLink, TranslocoDirective, TemplateListComponent, BatchListComponent, CourseCertificatesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page" *transloco="let t">
      <header class="page-header page-header-actions">
        <div>
          <h1>{{ t('certificates.certificatesAdmin.title') }}</h1>
          <p class="lead">{{ t('certificates.certificatesAdmin.intro') }}</p>
        </div>
        <a class="btn btn-primary" [routerLink]="issueLink">{{ t('certificates.certificatesAdmin.issue') }}</a>
      </header>

      <nav class="section-tabs" [attr.aria-label]="t('certificates.certificatesAdmin.sectionsLabel')">
        <ul>
          @for (item of sections; track item) {
            <li>
              <a
                [routerLink]="[]"
                [queryParams]="{ bagian: item }"
                [class.active]="section() === item"
                [attr.aria-current]="section() === item ? 'page' : null"
                >{{ t('certificates.certificatesAdmin.sections.' + item) }}</a
              >
            </li>
          }
        </ul>
      </nav>

      @switch (section()) {
        @case ('templat') {
          <bp-template-list />
        }
        @case ('penerbitan') {
          <bp-batch-list />
        }
        @case ('sertifikat') {
          <bp-course-certificates />
        }
      }
    </div>
  `,
})
export class ManageCertificatesPage {
  protected readonly sections = MANAGE_CERTIFICATE_SECTIONS;
  protected readonly issueLink = appLink(APP_PATHS.issueCertificates);
  protected readonly section = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params): ManageCertificateSection => enumParam(params, 'bagian', MANAGE_CERTIFICATE_SECTIONS) ?? 'templat'),
    ),
    { requireSync: true },
  );
}
