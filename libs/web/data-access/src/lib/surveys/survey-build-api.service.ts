import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  SurveyAudience,
  SurveyDefinition,
  SurveyDetail,
  SurveyStatus,
  SurveySummaryPage,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { jsonErrorBody } from '../certificates/blob-error';
import { type DownloadedFile, FilesApi } from '../learning/files-api.service';
import { seg, toParams } from '../learning/query-params';

export interface SurveyListQuery {
  status?: SurveyStatus;
  /** true: only the templates; false: only real surveys; left out: both. */
  templates?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

/** The settings a survey is made and changed with (createSurveyRequestSchema). */
export interface SurveySettingsBody {
  title: string;
  description: string;
  anonymous: boolean;
  /** ISO moments with their offset; null: no limit. */
  opensAt: string | null;
  closesAt: string | null;
  responseLimit: number | null;
}

/** A new survey: blank (its definition) or a copy of a template or another survey (`fromSurveyId`). */
export type NewSurveyBody = SurveySettingsBody & { audience: SurveyAudience } & (
    | { definition: SurveyDefinition; fromSurveyId?: never }
    | { fromSurveyId: string; definition?: never }
  );

/** updateSurveyRequestSchema: any of the settings; the definition is replaced whole. */
export type SurveyPatch = Partial<SurveySettingsBody & { definition: SurveyDefinition }>;

/**
 * Building surveys (trainers, coordinators, admins): the list of surveys and templates,
 * making one (blank or from a template), saving its settings and questions, publishing and
 * closing, deleting, and the QR poster of a public survey.
 */
@Injectable({ providedIn: 'root' })
export class SurveyBuildApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FilesApi);

  list(query: SurveyListQuery): Observable<SurveySummaryPage> {
    const { templates, ...rest } = query;
    return this.http.get<SurveySummaryPage>('/api/surveys', {
      params: toParams({ ...rest, templates: templates === undefined ? undefined : String(templates) }),
    });
  }

  create(body: NewSurveyBody): Observable<SurveyDetail> {
    return this.http.post<SurveyDetail>('/api/surveys', body);
  }

  survey(surveyId: string): Observable<SurveyDetail> {
    return this.http.get<SurveyDetail>(this.url(surveyId));
  }

  update(surveyId: string, patch: SurveyPatch): Observable<SurveyDetail> {
    return this.http.patch<SurveyDetail>(this.url(surveyId), patch);
  }

  setStatus(surveyId: string, status: SurveyStatus): Observable<SurveyDetail> {
    return this.http.put<SurveyDetail>(`${this.url(surveyId)}/status`, { status });
  }

  remove(surveyId: string): Observable<void> {
    return this.http.delete<void>(this.url(surveyId));
  }

  /** A public survey's poster with its QR code (needs the token, so it comes as a blob to save). */
  posterPdf(surveyId: string): Observable<DownloadedFile> {
    return jsonErrorBody(
      this.files.download(`${this.url(surveyId)}/poster.pdf`, `poster-survei-${surveyId.slice(0, 8)}.pdf`),
    );
  }

  private url(surveyId: string): string {
    return `/api/surveys/${seg(surveyId)}`;
  }
}
