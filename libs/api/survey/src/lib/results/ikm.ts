import type { IkmGrade } from '@bina-pustaka/shared-contracts';

/**
 * The Indeks Kepuasan Masyarakat of PermenPANRB 14/2017 (Lampiran, "Pengolahan Data"):
 * - NRR per unsur: the mean of the answers to one service element, on its 1..4 scale;
 * - NRR tertimbang: the sum of NRR_i x 1/n, n the number of elements measured (9 in the
 *   template). The regulation prints the weight as 0.111 (1/9 rounded); we use 1/n exactly,
 *   which is what 0.111 stands for and stays right when a survey measures fewer elements;
 * - IKM = NRR tertimbang x 25, on the 25..100 scale, graded by its converted interval:
 *   25.00-64.99 D (Tidak Baik), 65.00-76.60 C (Kurang Baik), 76.61-88.30 B (Baik),
 *   88.31-100.00 A (Sangat Baik). The grade is read from the index rounded to two decimals,
 *   as the regulation's table is written.
 */
export interface IkmFigures {
  /** NRR tertimbang (1..4), to three decimals. */
  weightedMean: number;
  /** IKM (25..100), to two decimals. */
  ikm: number;
  grade: IkmGrade;
}

export const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  // The small nudge keeps 82.775 from becoming 82.77 through binary floating point.
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
};

/** The index of the elements' means (NRR per unsur, each 1..4); null when no element was answered. */
export function ikmOf(elementMeans: readonly number[]): IkmFigures | null {
  if (elementMeans.length === 0) return null;
  const weight = 1 / elementMeans.length;
  const weighted = elementMeans.reduce((sum, mean) => sum + mean * weight, 0);
  const ikm = round(weighted * 25, 2);
  return { weightedMean: round(weighted, 3), ikm, grade: ikmGrade(ikm) };
}

export function ikmGrade(ikm: number): IkmGrade {
  const index = round(ikm, 2);
  if (index >= 88.31) return 'A';
  if (index >= 76.61) return 'B';
  if (index >= 65) return 'C';
  return 'D';
}

/**
 * An answer on a 5-point scale brought to the regulation's 1..4 (linear: 1 stays 1, 5
 * becomes 4), so a survey built with a 5-point scale still yields an index on 25..100.
 * The mean of rescaled answers is the rescaled mean, so it applies to means too.
 */
export function toFourPointScale(value: number, points: number): number {
  return points === 4 ? value : 1 + ((value - 1) * 3) / (points - 1);
}
