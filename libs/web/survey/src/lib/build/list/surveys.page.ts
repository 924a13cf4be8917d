import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { AuthStore, LanguageStore } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { SurveyBuildApi, type SurveyListQuery } from '@bina-pustaka/web-data-access/surveys';
import {
  DataCardDirective,
  DataRowDirective,
  DataTableComponent,
  DateTimePipe,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { BUILD_LIST_TABS, SURVEY_PAGE_SIZE, type BuildListTab } from '../../survey-keys';

const COLUMNS: readonly DataColumn[] = [
  { key: 'survey.build.list.columns.title' },
  { key: 'survey.build.list.columns.status' },
  { key: 'survey.build.list.columns.responses', class: 'cell-number' },
  { key: 'survey.build.list.columns.closes' },
  { key: 'survey.build.list.columns.updated' },
];

/**
 * The staff's surveys: by status or the templates, searched by title, newest change first
 * (the api's order). "Buat survei" starts a new one; a title opens its builder.
 */
@Component({
  selector: 'bp-surveys-page',
  imports: [RouterLink, TranslocoDirective, DataTableComponent, DataRowDirective, DataCardDirective, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './surveys.page.html',
  styleUrl: '../build.css',
})
export class SurveysPage {
  private readonly api = inject(SurveyBuildApi);
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore).current;
  protected readonly tabs = BUILD_LIST_TABS;
  protected readonly columns = COLUMNS;
  protected readonly newLink = appLink(APP_PATHS.newSurvey);
  /** A trainer's own roll-up as a speaker (coordinators reach anyone's from a survey's results). */
  protected readonly myEvaluationLink = computed(() => {
    const userId = this.auth.user()?.id;
    return userId && this.auth.hasAnyRole(['trainer']) ? appLink(APP_PATHS.speakerEvaluation, { userId }) : null;
  });

  protected readonly tab = signal<BuildListTab>('all');
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly surveys = pagedList(
    (): SurveyListQuery => {
      const tab = this.tab();
      return {
        status: tab === 'all' || tab === 'templates' ? undefined : tab,
        templates: tab === 'templates',
        q: this.q() || undefined,
        page: this.page(),
        pageSize: SURVEY_PAGE_SIZE,
      };
    },
    (query) => this.api.list(query),
  );

  protected show(tab: BuildListTab): void {
    this.tab.set(tab);
    this.page.set(1);
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.q.set(q.trim());
    this.page.set(1);
  }

  protected surveyLink(surveyId: string): string {
    return appLink(APP_PATHS.manageSurvey, { surveyId });
  }
}
