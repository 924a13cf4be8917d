import { responseScope } from './response-scope';
import { groupsHeldBack, judgeGroup, type MonthSizes } from './small-groups';

const SURVEY = '00000000-0000-4000-8000-000000000001';
const COHORT = '00000000-0000-4000-8000-000000000002';

const month = (size: number, cell: number, ...relaxed: number[]): MonthSizes => ({ size, cell, relaxed });

describe('which anonymous views may show figures', () => {
  const whole = responseScope(SURVEY, {});
  const cohort = responseScope(SURVEY, { cohortId: COHORT });
  const november = responseScope(SURVEY, { from: '2026-11-01', to: '2026-11-30' }, { wholeMonths: true });

  it('counts the whole survey, hidden under five responses only', () => {
    expect(judgeGroup(true, whole, [month(3, 3), month(1, 1)])).toEqual({ count: 4, hidden: true });
    expect(judgeGroup(true, whole, [month(4, 4), month(1, 1)])).toEqual({ count: 5, hidden: false });
  });

  it('hides a filtered group that one to four responses tell apart from the group without that filter', () => {
    expect(judgeGroup(true, cohort, [month(6, 6, 7)]).hidden).toBe(true);
    expect(judgeGroup(true, cohort, [month(6, 6, 6)]).hidden).toBe(false);
    expect(judgeGroup(true, cohort, [month(6, 6, 11)]).hidden).toBe(false);
  });

  it('hides a period while any month under the other filters holds one to four responses', () => {
    // November (8) against December (2): the range would set December's two apart.
    const months = [month(8, 8, 8, 8), month(0, 2, 2, 0)];
    expect(judgeGroup(true, november, months).hidden).toBe(true);
    expect(judgeGroup(true, november, [month(8, 8, 8, 8), month(0, 5, 5, 0)]).hidden).toBe(false);
  });

  it('shows a named survey in full, however small', () => {
    expect(judgeGroup(false, cohort, [month(1, 1, 2)])).toEqual({ count: 1, hidden: false });
  });

  it('reads an anonymous period by whole months', () => {
    const scope = responseScope(SURVEY, { from: '2026-11-20', to: '2026-11-21' }, { wholeMonths: true });
    expect(scope.conditions.map((condition) => condition.sql)).toEqual([
      "r.submitted_on >= date_trunc('month', $2::date)",
      "r.submitted_on < date_trunc('month', $3::date) + interval '1 month'",
    ]);
  });
});

describe('which of the groups beside their whole are held back', () => {
  const groups = (...counts: number[]) => counts.map((count, key) => ({ key, count }));

  it('holds back groups under five, and the smallest other when those alone add up to one to four', () => {
    expect([...groupsHeldBack(true, groups(12, 3, 7))].sort()).toEqual([1, 2]);
    expect([...groupsHeldBack(true, groups(12, 3, 2, 7))].sort()).toEqual([1, 2]);
    expect([...groupsHeldBack(true, groups(12, 7, 0))]).toEqual([2]);
  });

  it('holds back nothing of a named survey', () => {
    expect(groupsHeldBack(false, groups(1, 2)).size).toBe(0);
  });
});
