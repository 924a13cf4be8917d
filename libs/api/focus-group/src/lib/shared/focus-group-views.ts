import type { ActionItem, FocusGroupFinding, FocusGroupSession, UserRef } from '@bina-pustaka/shared-contracts';
import type {
  ActionItemEntity,
  FocusGroupFindingEntity,
  FocusGroupSessionEntity,
} from '../entities/focus-group.entity';

/** People's names by id, as the directory has them now. */
export type Names = ReadonlyMap<string, string>;

export const userRef = (names: Names, id: string): UserRef => ({ id, fullName: names.get(id) ?? '' });

/** The notes' source goes only to those who may write them. */
export function sessionView(session: FocusGroupSessionEntity, names: Names, manage: boolean): FocusGroupSession {
  return {
    id: session.id,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    timeZone: session.timeZone,
    mode: session.mode,
    location: session.location,
    webinarSessionId: session.webinarSessionId,
    cancelled: session.cancelled,
    notesHtml: session.notesHtml,
    notesMarkdown: manage ? session.notesMarkdown : null,
    notesUpdatedAt: session.notesUpdatedAt?.toISOString() ?? null,
    notesUpdatedBy: session.notesUpdatedBy ? userRef(names, session.notesUpdatedBy) : null,
  };
}

export function findingView(finding: FocusGroupFindingEntity): FocusGroupFinding {
  return {
    id: finding.id,
    challenge: finding.challenge,
    tag: finding.tag,
    raisedByCount: finding.raisedByCount,
    sessionId: finding.sessionId,
    createdAt: finding.createdAt.toISOString(),
  };
}

/** Still to be done: neither done nor cancelled. */
export const isOpenAction = (status: ActionItem['status']) => status === 'open' || status === 'in-progress';

/** `today` is the calendar date in Asia/Jakarta (YYYY-MM-DD), so a due date ends at midnight WIB. */
export function actionView(item: ActionItemEntity, groupTopic: string, names: Names, today: string): ActionItem {
  return {
    id: item.id,
    groupId: item.groupId,
    groupTopic,
    findingId: item.findingId,
    what: item.what,
    owner: userRef(names, item.ownerId),
    dueOn: item.dueOn,
    status: item.status,
    overdue: isOpenAction(item.status) && item.dueOn < today,
    updatedAt: item.updatedAt.toISOString(),
  };
}
