import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CourseReaction,
  IkmReport,
  SpeakerEvaluation,
  SurveyDetail,
  SurveyResults,
  SurveyResultsFilter,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { jsonErrorBody } from '../certificates/blob-error';
import { type DownloadedFile, FilesApi } from '../learning/files-api.service';
import { seg, toParams } from '../learning/query-params';

/** How the IKM groups its periods. */
export type IkmPeriodBy = 'month' | 'year';

export const SURVEY_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type SurveyExportFormat = (typeof SURVEY_EXPORT_FORMATS)[number];

/**
 * What the readers of a survey see: results per question (with filters), the IKM by
 * period, a speaker's evaluations over every survey, a course's reaction per cohort, and
 * the CSV and XLSX exports.
 * Empty filters are left out of the query (the api refuses an empty `courseId=`).
 */
@Injectable({ providedIn: 'root' })
export class SurveyResultsApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FilesApi);

  /** The survey itself: its title and the courses and webinar sessions the filters offer. */
  survey(surveyId: string): Observable<SurveyDetail> {
    return this.http.get<SurveyDetail>(this.url(surveyId));
  }

  results(surveyId: string, filter: SurveyResultsFilter = {}): Observable<SurveyResults> {
    return this.http.get<SurveyResults>(this.url(surveyId, 'results'), { params: toParams(filter) });
  }

  /** 422 `survey.noIkmElements` when no question measures an IKM element. */
  ikm(surveyId: string, by: IkmPeriodBy, from?: string, to?: string): Observable<IkmReport> {
    return this.http.get<IkmReport>(this.url(surveyId, 'ikm'), { params: toParams({ by, from, to }) });
  }

  speakerEvaluation(userId: string): Observable<SpeakerEvaluation> {
    return this.http.get<SpeakerEvaluation>(`/api/survey-speakers/${seg(userId)}/evaluation`);
  }

  /** A course's reaction per cohort (its evaluation survey's scores), for its learning-gain report. */
  courseReaction(courseId: string): Observable<CourseReaction> {
    return this.http.get<CourseReaction>(`/api/courses/${seg(courseId)}/reaction`);
  }

  /**
   * One row per response, with the same filters as the results. It needs the token, so it
   * comes as a blob to save; a refusal (422: an anonymous group under 5) keeps its sentence.
   */
  export(surveyId: string, format: SurveyExportFormat, filter: SurveyResultsFilter = {}): Observable<DownloadedFile> {
    const query = toParams(filter).toString();
    const url = `${this.url(surveyId, `export.${format}`)}${query ? `?${query}` : ''}`;
    return jsonErrorBody(this.files.download(url, `hasil-survei-${surveyId.slice(0, 8)}.${format}`));
  }

  private url(surveyId: string, part?: string): string {
    const base = `/api/surveys/${seg(surveyId)}`;
    return part ? `${base}/${part}` : base;
  }
}
