import { addUp, meanOf, type TallyRow } from './tallies';

const row = (fields: Partial<TallyRow>): TallyRow => ({
  questionId: 'q',
  speakerId: null,
  rowId: '',
  point: null,
  count: 0,
  numbered: 0,
  sum: null,
  ...fields,
});

describe('adding up the tallies', () => {
  it('adds points up to a question and its mean', () => {
    const tallies = addUp(
      [row({ point: 4, count: 2, numbered: 2, sum: 8 }), row({ point: 2, count: 1, numbered: 1, sum: 2 })],
      new Map(),
    );
    expect(tallies.questions.get('q||')).toEqual({ answered: 3, numbered: 3, sum: 10 });
    expect(meanOf(tallies.questions.get('q||'))).toBeCloseTo(10 / 3);
    expect(tallies.points.get('q|||4')).toBe(2);
  });

  it('keeps speakers apart and takes a matrix answered count as given', () => {
    const tallies = addUp(
      [
        row({ questionId: 'm', rowId: 'a', point: 3, count: 2, numbered: 2, sum: 6 }),
        row({ questionId: 'm', rowId: 'b', point: 1, count: 1, numbered: 1, sum: 1 }),
        row({ questionId: 'm', speakerId: 's1', rowId: 'a', point: 2, count: 1, numbered: 1, sum: 2 }),
      ],
      new Map([['m||', 2]]),
    );
    expect(tallies.questions.get('m||')?.answered).toBe(2);
    expect(meanOf(tallies.rows.get('m||a'))).toBe(3);
    expect(meanOf(tallies.rows.get('m|s1|a'))).toBe(2);
    expect(tallies.points.get('m||b|1')).toBe(1);
  });

  it('has no mean without numbers (texts, choices)', () => {
    expect(meanOf(addUp([row({ count: 5 })], new Map()).questions.get('q||'))).toBeNull();
  });
});
