import { settleAttendance, type Visit } from './attendance-ledger';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 7, 0) + minute * 60_000);
const window = { from: at(0), until: at(60), scheduledMinutes: 60, reconnectGapSeconds: 120 };
const visit = (userId: string, from: number, to: number | null): Visit => ({
  userId,
  joinedAt: at(from),
  leftAt: to === null ? null : at(to),
});

describe('settleAttendance', () => {
  it('counts one stay in whole minutes and as a share of the scheduled time', () => {
    expect(settleAttendance([visit('a', 0, 45)], window)).toEqual([
      { userId: 'a', firstJoinedAt: at(0), lastLeftAt: at(45), visits: 1, minutes: 45, percent: 75 },
    ]);
  });

  it('merges a reconnect within the gap (the gap counts) and keeps longer absences apart', () => {
    const [settled] = settleAttendance([visit('a', 0, 10), visit('a', 11, 20), visit('a', 30, 40)], window);
    expect(settled).toMatchObject({ visits: 2, minutes: 30, lastLeftAt: at(40) });
  });

  it('counts overlapping visits (two tabs) once', () => {
    const [settled] = settleAttendance([visit('a', 0, 30), visit('a', 10, 20)], window);
    expect(settled).toMatchObject({ visits: 1, minutes: 30, percent: 50 });
  });

  it('does not count time before the room opened or after the end; open visits run to the end', () => {
    const [early] = settleAttendance([visit('a', -20, 10)], window);
    expect(early).toMatchObject({ firstJoinedAt: at(0), minutes: 10 });
    const [stillIn] = settleAttendance([visit('b', 50, null)], window);
    expect(stillIn).toMatchObject({ minutes: 10, lastLeftAt: at(60) });
  });

  it('caps at the scheduled duration and 100%', () => {
    const [settled] = settleAttendance([visit('a', 0, 60)], { ...window, until: at(90), scheduledMinutes: 45 });
    expect(settled).toMatchObject({ minutes: 45, percent: 100 });
  });

  it('keeps people apart', () => {
    const settled = settleAttendance([visit('a', 0, 6), visit('b', 0, 60)], window);
    expect(settled.map((row) => [row.userId, row.percent])).toEqual([
      ['a', 10],
      ['b', 100],
    ]);
  });
});
