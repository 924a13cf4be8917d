import { computed, inject, signal } from '@angular/core';
import type { SurveyStep } from '@bina-pustaka/shared-contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { toApiFailure, type ApiFailure } from '../api-error';
import { EvaluationApi, evaluationOptions, noEvaluationOn404, type EvaluationChoice } from './evaluation-api.service';

/** How one course or session reads and sets its evaluation. */
export interface EvaluationCalls {
  /** The evaluation asked for now (the api's 404 meaning none). */
  read(): Observable<SurveyStep>;
  attach(surveyId: string): Observable<SurveyStep>;
  detach(): Observable<void>;
}

/** Runs a save's call the way the form reports it (FormFeedback.submit); true when it succeeded. */
export type EvaluationSubmit = (call: () => Promise<void>) => Promise<boolean>;

/**
 * The state of choosing an evaluation survey, shared by the course editor and the webinar
 * session's settings: the current one and the choices (loaded together), the options (the
 * current one kept even when it could no longer be chosen) and what the last save did.
 * The forms, their words and their extra fields stay with the components.
 * Create it in an injection context (a field initializer).
 */
export class EvaluationPicker {
  private readonly api = inject(EvaluationApi);
  /** Whether this person builds surveys (and so may make one to choose). */
  readonly mayBuildSurveys = this.api.mayBuildSurveys();
  readonly current = signal<SurveyStep | null>(null);
  /** null until loaded. */
  readonly choices = signal<EvaluationChoice[] | null>(null);
  readonly loadFailure = signal<ApiFailure | null>(null);
  readonly options = computed(() => evaluationOptions(this.choices() ?? [], this.current()));
  /** What the last save did: a survey asked for, or none any more. */
  readonly saved = signal<'attached' | 'detached' | null>(null);

  constructor(private readonly calls: EvaluationCalls) {}

  /** Reads the current evaluation and the choices; the current one, or undefined when loading failed. */
  async load(): Promise<SurveyStep | null | undefined> {
    this.loadFailure.set(null);
    try {
      const [current, choices] = await Promise.all([
        firstValueFrom(noEvaluationOn404(this.calls.read())),
        firstValueFrom(this.api.choices()),
      ]);
      this.current.set(current);
      this.choices.set(choices);
      return current;
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
      return undefined;
    }
  }

  /** Attaches the survey, or detaches the evaluation when none is chosen (''); true when saved. */
  async save(surveyId: string, submit: EvaluationSubmit): Promise<boolean> {
    this.saved.set(null);
    const ok = await submit(async () => {
      if (surveyId) {
        this.current.set(await firstValueFrom(this.calls.attach(surveyId)));
      } else {
        await firstValueFrom(this.calls.detach());
        this.current.set(null);
      }
    });
    if (ok) this.saved.set(surveyId ? 'attached' : 'detached');
    return ok;
  }
}
