import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CourseSummary } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CertificateTemplatesApi, type CourseCertificateTemplate } from '@bina-pustaka/web-data-access/certificates';
import { CoursesApi } from '@bina-pustaka/web-data-access/learning';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import { CertificateTableComponent } from '../shared/certificate-table.component';

/**
 * The Sertifikat section: pick a course, see its certificates (search, status, revoke,
 * reissue), and choose the template the course's certificates use.
 */
@Component({
  selector: 'bp-course-certificates',
  imports: [RouterLink, TranslocoDirective, AlertComponent, CertificateTableComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card section" aria-labelledby="course-certificates-heading" *transloco="let t">
      <h2 id="course-certificates-heading">{{ t('certificates.certificatesAdmin.sections.sertifikat') }}</h2>
      <div class="form-grid">
        <div class="field">
          <label for="certificates-course">{{ t('certificates.issue.course') }}</label>
          <select #course id="certificates-course" (change)="chooseCourse(course.value)">
            <option value="" [selected]="!courseId()">{{ t('certificates.issue.chooseCourse') }}</option>
            @for (item of courses(); track item.id) {
              <option [value]="item.id" [selected]="item.id === courseId()">{{ item.title }}</option>
            }
          </select>
        </div>
        @if (courseId()) {
          <div class="field">
            <label for="certificates-template">{{ t('certificates.courseTemplate.label') }}</label>
            <select
              #template
              id="certificates-template"
              aria-describedby="certificates-template-hint"
              (change)="saveTemplate(template.value)"
            >
              <option value="" [selected]="!courseTemplate()?.templateId">
                {{ t('certificates.courseTemplate.useDefault') }}
              </option>
              @for (item of templates(); track item.id) {
                <option [value]="item.id" [selected]="item.id === courseTemplate()?.templateId">{{ item.name }}</option>
              }
            </select>
            <p class="hint" id="certificates-template-hint">{{ t('certificates.courseTemplate.hint') }}</p>
          </div>
        }
      </div>
      <div aria-live="polite">
        @if (templateSaved()) {
          <bp-alert tone="success">{{ t('certificates.courseTemplate.saved') }}</bp-alert>
        }
      </div>
      @if (templateFailure(); as f) {
        <bp-failure-alert [failure]="f" />
      }
      @if (courseId(); as id) {
        <p>
          <a [routerLink]="issueLink" [queryParams]="{ pelatihan: id }">{{
            t('certificates.courseTemplate.issueForCourse')
          }}</a>
        </p>
        <bp-certificate-table [courseId]="id" [label]="t('certificates.courseTemplate.listLabel')" />
      } @else {
        <p class="empty">{{ t('certificates.courseTemplate.chooseFirst') }}</p>
      }
    </section>
  `,
})
export class CourseCertificatesComponent {
  private readonly templatesApi = inject(CertificateTemplatesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly issueLink = appLink(APP_PATHS.issueCertificates);

  /** The chosen course lives in the address bar (?pelatihan=), so the list can be linked. */
  protected readonly courseId = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('pelatihan') ?? '')),
    {
      initialValue: '',
    },
  );
  protected readonly courses = toSignal(
    inject(CoursesApi)
      .list({ page: 1, pageSize: 100 })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as CourseSummary[])),
      ),
    { initialValue: [] as CourseSummary[] },
  );
  protected readonly templates = toSignal(this.templatesApi.list().pipe(catchError(() => of([]))), {
    initialValue: [],
  });
  protected readonly courseTemplate = signal<CourseCertificateTemplate | null>(null);
  protected readonly templateSaved = signal(false);
  protected readonly templateFailure = signal<ApiFailure | null>(null);

  constructor() {
    toObservable(this.courseId)
      .pipe(
        switchMap((courseId) =>
          courseId ? this.templatesApi.courseTemplate(courseId).pipe(catchError(() => of(null))) : of(null),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => {
        this.templateSaved.set(false);
        this.templateFailure.set(null);
        this.courseTemplate.set(answer);
      });
  }

  protected async chooseCourse(courseId: string): Promise<void> {
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { pelatihan: courseId || null },
      queryParamsHandling: 'merge',
    });
  }

  protected async saveTemplate(templateId: string): Promise<void> {
    this.templateSaved.set(false);
    this.templateFailure.set(null);
    try {
      this.courseTemplate.set(
        await firstValueFrom(this.templatesApi.setCourseTemplate(this.courseId(), templateId || null)),
      );
      this.templateSaved.set(true);
    } catch (error) {
      this.templateFailure.set(toApiFailure(error));
    }
  }
}
