/**
 * What the focus-group int specs share: the api with the modules a group reads (identity,
 * learning for the forum, notifications, forum) and the people of one group.
 */
import type { TestApp } from '@bina-pustaka/api-testing';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { ForumModule, forumMigrations } from '@bina-pustaka/api-forum';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import type { FocusGroupDetail } from '@bina-pustaka/shared-contracts';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import { FocusGroupModule, focusGroupMigrations } from '../lib/focus-group.module';

/** startTestApp's options for a focus-group test app. */
export const FOCUS_GROUP_TEST_APP = {
  modules: [IdentityModule, LearningModule, NotificationsModule, ForumModule, FocusGroupModule],
  migrations: [
    ...identityMigrations,
    ...learningMigrations,
    ...notificationsMigrations,
    ...auditMigrations,
    ...forumMigrations,
    ...webinarMigrations,
    ...focusGroupMigrations,
  ],
};

export const as = (who: SignedInUser) => ({ token: who.token });

/** A coordinator, a facilitator, two members and a librarian outside the group. */
export interface GroupCast {
  coordinator: SignedInUser;
  facilitator: SignedInUser;
  dewi: SignedInUser;
  budi: SignedInUser;
  stranger: SignedInUser;
}

export async function signInCast(t: TestApp): Promise<GroupCast> {
  const person = async (fullName: string, roles: ('learner' | 'coordinator')[] = ['learner']) =>
    signIn(t.api, await createTestUser(t.db, { fullName, roles }));
  return {
    coordinator: await person('Sri Wahyuni', ['coordinator']),
    facilitator: await person('Nur Aini'),
    dewi: await person('Dewi Lestari'),
    budi: await person('Budi Santoso'),
    stranger: await person('Rizky Ramadhan'),
  };
}

/** A group the coordinator creates with the cast's facilitator and both members. */
export async function createGroup(
  t: TestApp,
  cast: GroupCast,
  fields: Record<string, unknown> = {},
): Promise<FocusGroupDetail> {
  const response = await t.api.post<FocusGroupDetail>(
    '/api/focus-groups',
    {
      topic: 'Tantangan layanan referensi daring',
      purpose: 'Mendengar kendala pustakawan dalam melayani pertanyaan pemustaka lewat pesan singkat.',
      facilitatorIds: [cast.facilitator.id],
      memberIds: [cast.dewi.id, cast.budi.id],
      ...fields,
    },
    as(cast.coordinator),
  );
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body;
}
