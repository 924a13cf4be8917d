/**
 * What the survey int specs share: the api with the modules a survey reads (identity,
 * learning for courses and cohorts, webinar sessions, notifications) and a cast of people.
 */
import type { TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import { SurveyModule, surveyMigrations } from '../lib/survey.module';

/** startTestApp's options for a survey test app. */
export const SURVEY_TEST_APP = {
  modules: [IdentityModule, LearningModule, NotificationsModule, SurveyModule],
  migrations: [
    ...identityMigrations,
    ...learningMigrations,
    ...notificationsMigrations,
    ...auditMigrations,
    ...webinarMigrations,
    ...surveyMigrations,
  ],
};

export const as = (who: SignedInUser) => ({ token: who.token });

/** A coordinator, a trainer, two librarians and an admin. */
export interface SurveyCast {
  coordinator: SignedInUser;
  trainer: SignedInUser;
  dewi: SignedInUser;
  budi: SignedInUser;
}

export async function signInCast(t: TestApp): Promise<SurveyCast> {
  const person = async (fullName: string, roles: ('learner' | 'trainer' | 'coordinator')[] = ['learner']) =>
    signIn(t.api, await createTestUser(t.db, { fullName, roles }));
  return {
    coordinator: await person('Sri Wahyuni', ['coordinator']),
    trainer: await person('Nur Aini', ['trainer']),
    dewi: await person('Dewi Lestari'),
    budi: await person('Budi Santoso'),
  };
}
