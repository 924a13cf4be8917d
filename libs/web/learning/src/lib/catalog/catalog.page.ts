import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CatalogCourse } from '@bina-pustaka/shared-contracts';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  COURSE_CATEGORIES,
  LearnerApi,
  type CatalogEnrolmentFilter,
  type CatalogQuery,
} from '@bina-pustaka/web-data-access/learning';
import { FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { map } from 'rxjs';
import { CATALOG_ENROLMENT_FILTERS } from '../learning-keys';
import { cleanQuery, enumParam, intParam } from '../shared/route-query';

const PAGE_SIZE = 12;
const ENROLMENT_FILTERS: readonly CatalogEnrolmentFilter[] = CATALOG_ENROLMENT_FILTERS;

/** Katalog pelatihan: search and filters live in the address bar, so Back and shared links work. */
@Component({
  selector: 'bp-catalog-page',
  imports: [RouterLink, TranslocoDirective, PaginationComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog.page.html',
  styleUrl: './catalog.page.css',
})
export class CatalogPage {
  private readonly api = inject(LearnerApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly categories = COURSE_CATEGORIES;
  protected readonly enrolmentFilters = ENROLMENT_FILTERS;

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map(
        (params): CatalogQuery => ({
          q: params.get('q') ?? undefined,
          category: enumParam(params, 'category', COURSE_CATEGORIES),
          skkni: params.get('skkni') ?? undefined,
          jpMin: intParam(params, 'jpMin', undefined),
          jpMax: intParam(params, 'jpMax', undefined),
          enrolment: enumParam(params, 'enrolment', ENROLMENT_FILTERS),
          page: intParam(params, 'page', 1) || 1,
          pageSize: PAGE_SIZE,
        }),
      ),
    ),
    { requireSync: true },
  );
  protected readonly filtered = computed(() => {
    const { q, category, skkni, jpMin, jpMax, enrolment } = this.query();
    return !!(q || category || skkni || jpMin !== undefined || jpMax !== undefined || enrolment);
  });
  private readonly list = pagedList(
    () => ({ query: this.query() }),
    ({ query }) => this.api.catalog(query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected courseLink(course: CatalogCourse): string {
    return appLink(APP_PATHS.catalogCourse, { courseId: course.id });
  }

  /** Two letters for a course without a cover, e.g. "KR" for "Katalogisasi RDA …". */
  protected initials(title: string): string {
    const words = title.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
    return words
      .slice(0, 2)
      .map((word) => word[0].toUpperCase())
      .join('');
  }

  protected trainerNames(course: CatalogCourse): string {
    return course.trainers.map((trainer) => trainer.fullName).join(', ');
  }

  protected search(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const number = (name: string) => (text(name) === '' ? undefined : Number(text(name)));
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: cleanQuery({
        q: text('q'),
        category: text('category'),
        skkni: text('skkni').toUpperCase(),
        jpMin: number('jpMin'),
        jpMax: number('jpMax'),
        enrolment: text('enrolment'),
      }),
    });
  }

  protected clear(form: HTMLFormElement): void {
    form.reset();
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.list.reload();
  }
}
