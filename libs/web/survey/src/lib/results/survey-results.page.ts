import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  SURVEY_MIN_GROUP_ANONYMOUS,
  appLink,
  type Institution,
  type SurveyDetail,
  type SurveyResults,
} from '@bina-pustaka/shared-contracts';
import { IdentityApi, LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  type SurveyExportFormat,
  SURVEY_EXPORT_FORMATS,
  SurveyResultsApi,
} from '@bina-pustaka/web-data-access/surveys';
import { FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';
import { EMPTY, catchError, firstValueFrom, forkJoin, map, of, switchMap, tap } from 'rxjs';
import { FilterSetComponent } from './filter-set.component';
import { IkmPanelComponent } from './ikm-panel.component';
import { QuestionCardComponent } from './question-card.component';
import { resultsBlocks } from './results-blocks';
import { type ResultsFilter, filtersFromQuery, queryFromFilters, rangeIsBackwards, withChange } from './results-filter';
import { formatNumber } from './results-format';

interface GroupsResults {
  a: SurveyResults;
  b: SurveyResults | null;
}

/**
 * A survey's results for its readers: per question bars with their table, means with one
 * decimal, a matrix by row, the written answers; filtered by course, webinar session,
 * institution and days, and compared with a second group. The filters live in the address
 * so a view can be shared; the IKM panel and the CSV/XLSX exports follow them.
 */
@Component({
  selector: 'bp-survey-results-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    FailureAlertComponent,
    FilterSetComponent,
    IkmPanelComponent,
    QuestionCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-results.page.html',
  styleUrl: './results.css',
})
export class SurveyResultsPage {
  private readonly api = inject(SurveyResultsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageStore).current;
  protected readonly surveyId = this.route.snapshot.paramMap.get('surveyId') ?? '';
  protected readonly builderLink = appLink(APP_PATHS.manageSurvey, { surveyId: this.surveyId });
  protected readonly exportFormats = SURVEY_EXPORT_FORMATS;
  protected readonly minGroup = SURVEY_MIN_GROUP_ANONYMOUS;
  protected readonly withChange = withChange;

  /** What the address asks for; the form's drafts start from it again whenever it changes. */
  protected readonly applied = toSignal(this.route.queryParamMap.pipe(map(filtersFromQuery)), { requireSync: true });
  protected readonly draftA = linkedSignal<ResultsFilter>(() => this.applied().a);
  protected readonly draftB = linkedSignal<ResultsFilter>(() => this.applied().b ?? {});
  protected readonly comparing = linkedSignal(() => this.applied().b !== null);
  protected readonly canApply = computed(
    () => !rangeIsBackwards(this.draftA()) && !(this.comparing() && rangeIsBackwards(this.draftB())),
  );

  protected readonly survey = signal<SurveyDetail | null>(null);
  protected readonly surveyFailure = signal<ApiFailure | null>(null);
  protected readonly institutions = signal<Institution[]>([]);
  protected readonly courses = computed(() => this.survey()?.courses ?? []);
  protected readonly sessions = computed(() => this.survey()?.webinarSessions ?? []);

  protected readonly results = signal<GroupsResults | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  private readonly reloads = signal(0);
  protected readonly blocks = computed(() => resultsBlocks(this.results()?.a ?? null, this.results()?.b ?? null));
  protected readonly title = computed(() => this.survey()?.title ?? this.results()?.a.title ?? '');
  protected readonly anonymous = computed(() => this.survey()?.anonymous ?? this.results()?.a.anonymous ?? false);

  protected readonly downloading = signal<SurveyExportFormat | null>(null);
  protected readonly downloadFailure = signal<ApiFailure | null>(null);

  constructor() {
    void this.loadSurvey();
    // The institution filter's choices; the page works without them.
    firstValueFrom(inject(IdentityApi).institutions()).then(
      (institutions) => this.institutions.set(institutions),
      () => undefined,
    );
    toObservable(computed(() => ({ applied: this.applied(), n: this.reloads() })))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.failure.set(null);
        }),
        switchMap(({ applied }) =>
          forkJoin({
            a: this.api.results(this.surveyId, applied.a),
            b: applied.b ? this.api.results(this.surveyId, applied.b) : of(null),
          }).pipe(
            catchError((error: unknown) => {
              this.failure.set(toApiFailure(error));
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((results) => {
        this.results.set(results);
        this.loading.set(false);
      });
  }

  protected async loadSurvey(): Promise<void> {
    this.surveyFailure.set(null);
    try {
      this.survey.set(await firstValueFrom(this.api.survey(this.surveyId)));
    } catch (error) {
      this.surveyFailure.set(toApiFailure(error));
    }
  }

  protected reload(): void {
    this.reloads.update((count) => count + 1);
  }

  protected apply(event: Event): void {
    event.preventDefault();
    if (!this.canApply()) return;
    this.navigate(queryFromFilters({ a: this.draftA(), b: this.comparing() ? this.draftB() : null }));
  }

  /** Also empties the form when the address already has no filters (then nothing navigates). */
  protected clear(): void {
    this.draftA.set({});
    this.draftB.set({});
    this.comparing.set(false);
    this.navigate(queryFromFilters({ a: {}, b: null }));
  }

  protected async download(format: SurveyExportFormat): Promise<void> {
    this.downloading.set(format);
    this.downloadFailure.set(null);
    try {
      const file = await firstValueFrom(this.api.export(this.surveyId, format, this.applied().a));
      saveBlob(file.blob, file.fileName);
    } catch (error) {
      this.downloadFailure.set(toApiFailure(error));
    } finally {
      this.downloading.set(null);
    }
  }

  /** "12 responden", or only "fewer than 5" for a group too small to show (its exact size is a figure too). */
  protected countLine(results: SurveyResults): { key: string; params: Record<string, string | number> } {
    return results.suppressed && results.responseCount < SURVEY_MIN_GROUP_ANONYMOUS
      ? { key: 'survey.results.fewerThan', params: { min: SURVEY_MIN_GROUP_ANONYMOUS } }
      : { key: 'survey.results.respondents', params: { count: formatNumber(results.responseCount, this.language()) } };
  }

  /** A speaker's roll-up over every session that asked about them. */
  protected speakerLink(userId: string): string {
    return appLink(APP_PATHS.speakerEvaluation, { userId });
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
