import { SURVEY_MIN_GROUP_ANONYMOUS } from '@bina-pustaka/shared-contracts';
import type { ResponseScope } from './response-scope';

/** What the small-group statement reads: per month of the survey, the view's count and its neighbours'. */
export interface MonthSizes {
  /** Responses in the view (every filter) this month. */
  size: number;
  /** Responses this month under the category filters alone, the period left out. */
  cell: number;
  /** Per filter condition, in scope order: the view's count this month with that one condition left out. */
  relaxed: number[];
}

export interface GroupJudgement {
  count: number;
  /** An anonymous view whose figures could single someone out: counts only. */
  hidden: boolean;
}

/**
 * Anonymous answers stay unlinkable only if no two views a reader can ask for differ by
 * one to four responses; so a view shows counts alone when:
 * - it holds fewer than SURVEY_MIN_GROUP_ANONYMOUS responses;
 * - leaving out any one of its filters (a cohort, a course, a period's start or end...)
 *   would add one to four responses (the difference of the two views would be theirs);
 * - it is narrowed by period while some month, under its other filters, holds one to four
 *   responses (periods are whole months; a range that stops before or after that month
 *   would set it apart).
 * Named surveys show their figures: their respondents are told so.
 */
export function judgeGroup(anonymous: boolean, scope: ResponseScope, months: MonthSizes[]): GroupJudgement {
  const count = months.reduce((sum, month) => sum + month.size, 0);
  if (!anonymous || scope.conditions.length === 0) {
    return { count, hidden: anonymous && count < SURVEY_MIN_GROUP_ANONYMOUS };
  }
  const few = (n: number) => n > 0 && n < SURVEY_MIN_GROUP_ANONYMOUS;
  const byPeriod = scope.conditions.some((condition) => condition.kind === 'period');
  const hidden =
    count < SURVEY_MIN_GROUP_ANONYMOUS ||
    scope.conditions.some((_, index) => few(months.reduce((sum, month) => sum + month.relaxed[index], 0) - count)) ||
    (byPeriod && months.some((month) => few(month.cell)));
  return { count, hidden };
}

/**
 * Of disjoint groups shown beside their whole (the IKM's months, a course's cohorts), those
 * an anonymous survey holds back: each with one to four responses, and when those add up to
 * one to four, the smallest group shown as well (complementary suppression), or the whole
 * minus the groups shown would give them away.
 */
export function groupsHeldBack<Key>(anonymous: boolean, groups: { key: Key; count: number }[]): Set<Key> {
  if (!anonymous) return new Set();
  const few = (n: number) => n > 0 && n < SURVEY_MIN_GROUP_ANONYMOUS;
  const held = new Set(groups.filter((group) => group.count < SURVEY_MIN_GROUP_ANONYMOUS).map((group) => group.key));
  const heldCount = groups.filter((group) => held.has(group.key)).reduce((sum, group) => sum + group.count, 0);
  if (few(heldCount)) {
    const [smallest] = groups.filter((group) => !held.has(group.key)).sort((a, b) => a.count - b.count);
    if (smallest) held.add(smallest.key);
  }
  return held;
}
