import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  APP_PATHS,
  SURVEY_TITLE_MAX,
  appLink,
  type SurveyDetail,
  type SurveyStatus,
} from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { SurveyBuildApi, type SurveySettingsBody } from '@bina-pustaka/web-data-access/surveys';
import { AlertComponent, DateTimePipe, DialogComponent, FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';
import { firstValueFrom, type Observable } from 'rxjs';
import { BuilderState } from './builder-state';
import { emptyWordPaths } from './definition-edits';
import { SectionEditorComponent } from './section-editor.component';
import { SurveySettingsComponent } from './survey-settings.component';

/** What the status button does next: publish a draft, close a published survey, reopen a closed one. */
const NEXT_STATUS: Record<SurveyStatus, { status: SurveyStatus; key: string }> = {
  draft: { status: 'published', key: 'survey.build.builder.publish' },
  published: { status: 'closed', key: 'survey.build.builder.close' },
  closed: { status: 'published', key: 'survey.build.builder.reopen' },
};

/** Messages after an action: what went wrong on this side (error), or what was done (success). */
const NOTICES = {
  saved: { key: 'survey.build.builder.saved', tone: 'success' },
  checkFields: { key: 'survey.build.builder.checkFields', tone: 'error' },
  linkCopied: { key: 'survey.build.builder.linkCopied', tone: 'success' },
  copyFailed: { key: 'survey.build.builder.copyFailed', tone: 'error' },
} as const;

/**
 * The builder: a survey's settings, its sections and questions, and what is done with it
 * (publish, close, duplicate, delete, preview, the public link and QR poster, results).
 * Saving sends the settings and the whole definition; the api's refusals are shown under
 * the field they name, and at the top.
 */
@Component({
  selector: 'bp-survey-builder-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DateTimePipe,
    DialogComponent,
    FailureAlertComponent,
    SectionEditorComponent,
    SurveySettingsComponent,
  ],
  providers: [BuilderState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-builder.page.html',
  styleUrl: '../build.css',
})
export class SurveyBuilderPage {
  private readonly api = inject(SurveyBuildApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly state = inject(BuilderState);
  protected readonly language = inject(LanguageStore).current;
  protected readonly listLink = appLink(APP_PATHS.manageSurveys);
  private readonly deleteDialog = viewChild.required<DialogComponent>('confirmDelete');

  protected readonly survey = signal<SurveyDetail | null>(null);
  protected readonly settings = signal<SurveySettingsBody>(settingsOf(null));
  protected readonly loading = signal(true);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  /** The newest refusal of an action (save, status, duplicate, delete, poster), shown at the top. */
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly busy = signal(false);
  protected readonly downloading = signal(false);
  protected readonly notice = signal<keyof typeof NOTICES | null>(null);
  protected readonly notices = NOTICES;
  protected readonly next = computed(() => {
    const survey = this.survey();
    return survey ? NEXT_STATUS[survey.status] : null;
  });
  protected readonly publicUrl = computed(() => {
    const slug = this.survey()?.publicSlug;
    return slug ? `${location.origin}${appLink(APP_PATHS.publicSurvey, { slug })}` : null;
  });
  protected readonly previewLink = computed(() =>
    appLink(APP_PATHS.answerSurvey, { surveyId: this.survey()?.id ?? '' }),
  );
  protected readonly resultsLink = computed(() =>
    appLink(APP_PATHS.surveyResults, { surveyId: this.survey()?.id ?? '' }),
  );
  /** The courses and webinar sessions that ask for it as their evaluation, by title. */
  protected readonly usedBy = computed(() => {
    const survey = this.survey();
    return survey ? [...survey.courses, ...survey.webinarSessions].map((each) => each.title).join(', ') : '';
  });
  /** Question numbers run on over the sections. */
  protected readonly firstNumbers = computed(() => {
    let count = 1;
    return this.state.definition().sections.map((section) => {
      const first = count;
      count += section.questions.length;
      return first;
    });
  });

  constructor() {
    // A duplicate opens on the same page with another id: read it again for each.
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => void this.load(params.get('surveyId') ?? ''));
  }

  protected async load(surveyId = this.survey()?.id ?? ''): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      this.show(await firstValueFrom(this.api.survey(surveyId)));
    } catch (error) {
      this.survey.set(null);
      this.loadFailure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected addSection(): void {
    const number = this.state.definition().sections.length + 1;
    this.state.addSection(this.transloco.translate('survey.build.builder.newSection', { number }));
  }

  /** Checks the words first (an empty one is named under its field), then sends settings and definition. */
  protected async save(): Promise<boolean> {
    const survey = this.survey();
    if (!survey) return false;
    const settings = this.settings();
    const fillIn = this.transloco.translate('survey.build.builder.fillIn');
    const empty = [...(settings.title.trim() ? [] : ['title']), ...emptyWordPaths(this.state.definition())];
    if (empty.length) {
      this.state.issues.set(Object.fromEntries(empty.map((path) => [path, fillIn])));
      this.failure.set(null);
      this.notice.set('checkFields');
      return false;
    }
    const saved = await this.run(this.api.update(survey.id, { ...settings, definition: this.state.definition() }));
    if (saved) this.notice.set('saved');
    return saved;
  }

  /** Unsaved changes are saved first, so what is published is what the builder shows. */
  protected async changeStatus(status: SurveyStatus): Promise<void> {
    const survey = this.survey();
    if (!survey || (this.state.changed() && !(await this.save()))) return;
    await this.run(this.api.setStatus(survey.id, status));
  }

  /** The preview opens in this tab: unsaved changes are saved first, and the preview shows them. */
  protected async saveAndPreview(): Promise<void> {
    if (await this.save()) await this.router.navigate([this.previewLink()], { queryParams: { pratinjau: 1 } });
  }

  protected async duplicate(): Promise<void> {
    const survey = this.survey();
    if (!survey) return;
    const title = this.transloco.translate('survey.build.builder.copyTitle', { title: survey.title });
    const copy = await this.attempt(() =>
      firstValueFrom(
        this.api.create({
          title: title.slice(0, SURVEY_TITLE_MAX),
          description: survey.description,
          anonymous: survey.anonymous,
          audience: survey.audience,
          opensAt: null,
          closesAt: null,
          responseLimit: survey.responseLimit,
          fromSurveyId: survey.id,
        }),
      ),
    );
    if (copy) await this.router.navigateByUrl(appLink(APP_PATHS.manageSurvey, { surveyId: copy.id }));
  }

  protected askDelete(): void {
    this.failure.set(null);
    this.deleteDialog().open();
  }

  protected async remove(): Promise<void> {
    const survey = this.survey();
    if (!survey) return;
    const done = await this.attempt(async () => {
      await firstValueFrom(this.api.remove(survey.id), { defaultValue: undefined });
      return true;
    });
    if (!done) return;
    this.deleteDialog().close();
    await this.router.navigateByUrl(this.listLink);
  }

  protected async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.notice.set('linkCopied');
    } catch {
      this.notice.set('copyFailed');
    }
  }

  protected async downloadPoster(): Promise<void> {
    const survey = this.survey();
    if (!survey) return;
    this.downloading.set(true);
    const file = await this.attempt(() => firstValueFrom(this.api.posterPdf(survey.id)));
    this.downloading.set(false);
    if (file) saveBlob(file.blob, file.fileName);
  }

  /** A change answered with the survey as it now is; a refusal's issues go under their fields. */
  private async run(call: Observable<SurveyDetail>): Promise<boolean> {
    const survey = await this.attempt(() => firstValueFrom(call));
    if (survey) this.show(survey);
    return survey !== null;
  }

  private async attempt<T>(call: () => Promise<T>): Promise<T | null> {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    try {
      return await call();
    } catch (error) {
      const failure = toApiFailure(error);
      this.failure.set(failure);
      this.state.issues.set(failure.issues);
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private show(survey: SurveyDetail): void {
    this.survey.set(survey);
    this.settings.set(settingsOf(survey));
    this.state.issues.set({});
    this.state.load(survey.definition, survey.wordingOnly, survey.isTemplate || !survey.may.manage);
  }
}

function settingsOf(survey: SurveyDetail | null): SurveySettingsBody {
  return {
    title: survey?.title ?? '',
    description: survey?.description ?? '',
    anonymous: survey?.anonymous ?? true,
    opensAt: survey?.opensAt ?? null,
    closesAt: survey?.closesAt ?? null,
    responseLimit: survey?.responseLimit ?? null,
  };
}
