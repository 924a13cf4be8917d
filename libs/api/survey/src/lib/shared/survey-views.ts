import type { SurveyAbilities, SurveyDetail, SurveySummary, UserRef } from '@bina-pustaka/shared-contracts';
import type { SurveyEntity } from '../entities/survey.entity';

/** People's names by id, as the directory has them now. */
export type Names = ReadonlyMap<string, string>;

const userRef = (names: Names, id: string): UserRef => ({ id, fullName: names.get(id) ?? '' });

export function surveySummaryView(survey: SurveyEntity, names: Names): SurveySummary {
  return {
    id: survey.id,
    title: survey.title,
    status: survey.status,
    audience: survey.audience,
    anonymous: survey.anonymous,
    templateKey: survey.templateKey,
    isTemplate: survey.isTemplate,
    responseCount: survey.responseCount,
    opensAt: survey.opensAt?.toISOString() ?? null,
    closesAt: survey.closesAt?.toISOString() ?? null,
    createdBy: survey.createdBy ? userRef(names, survey.createdBy) : null,
    updatedAt: survey.updatedAt.toISOString(),
  };
}

/** Where a survey is used: the courses and webinar sessions that ask for it as their evaluation. */
export interface SurveyUses {
  courses: SurveyDetail['courses'];
  webinarSessions: SurveyDetail['webinarSessions'];
}

export function surveyDetailView(
  survey: SurveyEntity,
  names: Names,
  uses: SurveyUses,
  may: SurveyAbilities,
): SurveyDetail {
  return {
    ...surveySummaryView(survey, names),
    description: survey.description,
    definition: survey.definition,
    publicSlug: survey.publicSlug,
    responseLimit: survey.responseLimit,
    wordingOnly: survey.responseCount > 0,
    courses: uses.courses,
    webinarSessions: uses.webinarSessions,
    may,
  };
}
