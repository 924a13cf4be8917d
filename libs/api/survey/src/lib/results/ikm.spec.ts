import { ikmGrade, ikmOf, toFourPointScale } from './ikm';

/**
 * A hand-worked example, as a librarian would compute it on paper (PermenPANRB 14/2017).
 * Ten respondents answer the nine service elements U1..U9 on the 1..4 scale:
 *
 *   respondent  U1 U2 U3 U4 U5 U6 U7 U8 U9
 *   R1           4  4  3  4  3  4  4  3  4
 *   R2           3  3  3  4  3  3  4  3  3
 *   R3           4  3  3  3  2  4  4  3  4
 *   R4           3  4  2  3  3  3  3  3  3
 *   R5           4  4  3  4  3  4  4  4  4
 *   R6           3  3  3  3  2  3  3  3  3
 *   R7           4  3  4  4  3  4  4  3  4
 *   R8           3  3  3  3  3  3  3  2  3
 *   R9           4  4  3  4  2  4  4  3  4
 *   R10          3  3  3  3  3  3  4  3  3
 *   total       35 34 30 35 27 35 37 30 35
 *   NRR (/10)  3.5 3.4 3.0 3.5 2.7 3.5 3.7 3.0 3.5
 *
 * Sum of the NRR = 29.8; NRR tertimbang = 29.8 x 1/9 = 3.3111 (3.311);
 * IKM = 3.3111 x 25 = 82.777... = 82.78, inside 76.61-88.30: grade B (Baik).
 */
const ANSWERS = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [4, 3, 3, 3, 2, 4, 4, 3, 4],
  [3, 4, 2, 3, 3, 3, 3, 3, 3],
  [4, 4, 3, 4, 3, 4, 4, 4, 4],
  [3, 3, 3, 3, 2, 3, 3, 3, 3],
  [4, 3, 4, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 3, 3, 3, 3, 2, 3],
  [4, 4, 3, 4, 2, 4, 4, 3, 4],
  [3, 3, 3, 3, 3, 3, 4, 3, 3],
];

describe('IKM (PermenPANRB 14/2017)', () => {
  it('computes the hand-worked example: NRR per element, weighted NRR 3.311, IKM 82.78, grade B', () => {
    const means = ANSWERS[0].map((_, element) => ANSWERS.reduce((sum, row) => sum + row[element], 0) / ANSWERS.length);
    expect(means).toEqual([3.5, 3.4, 3, 3.5, 2.7, 3.5, 3.7, 3, 3.5]);
    expect(ikmOf(means)).toEqual({ weightedMean: 3.311, ikm: 82.78, grade: 'B' });
  });

  it('weighs by the elements measured: three elements each weigh one third', () => {
    expect(ikmOf([4, 4, 1])).toEqual({ weightedMean: 3, ikm: 75, grade: 'C' });
  });

  it('has no index without answers', () => {
    expect(ikmOf([])).toBeNull();
  });

  it('spans 25 (all answers 1, D) to 100 (all answers 4, A)', () => {
    expect(ikmOf(Array(9).fill(1))).toEqual({ weightedMean: 1, ikm: 25, grade: 'D' });
    expect(ikmOf(Array(9).fill(4))).toEqual({ weightedMean: 4, ikm: 100, grade: 'A' });
  });

  it.each([
    [64.99, 'D'],
    [65, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [88.305, 'A'],
    [76.604, 'C'],
  ] as const)('grades %d as %s at the interval bounds', (index, grade) => {
    expect(ikmGrade(index)).toBe(grade);
  });

  it('brings a 5-point answer to the 1..4 scale', () => {
    expect([1, 3, 5].map((value) => toFourPointScale(value, 5))).toEqual([1, 2.5, 4]);
    expect(toFourPointScale(3, 4)).toBe(3);
  });
});
