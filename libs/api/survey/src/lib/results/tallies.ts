import { blockKey } from './survey-questions';

/** One group of answers: a question (per speaker), its matrix row and its point (null for kinds without points). */
export interface TallyRow {
  questionId: string;
  speakerId: string | null;
  rowId: string;
  point: number | null;
  count: number;
  /** How many of them carry a number, and their sum (for the means). */
  numbered: number;
  sum: number | null;
}

export interface Tally {
  answered: number;
  numbered: number;
  sum: number;
}

export interface Tallies {
  /** By blockKey(question, speaker): the question as a whole. */
  questions: Map<string, Tally>;
  /** By blockKey(question, speaker, row): one matrix row. */
  rows: Map<string, Tally>;
  /** By `${blockKey(question, speaker, row)}|${point}`: how many gave that point. */
  points: Map<string, number>;
}

export const meanOf = (tally: Tally | undefined): number | null =>
  tally && tally.numbered > 0 ? tally.sum / tally.numbered : null;

/**
 * The finest groups the database counted, added up to rows and questions here: one hash
 * aggregate in SQL instead of grouping sets with count(DISTINCT), which at 20,000 responses
 * took several times longer. A matrix's "answered" (responses that rated any row) cannot be
 * added up from its rows; it comes separately (`matrixAnswered`, by blockKey(question, speaker)).
 */
export function addUp(rows: readonly TallyRow[], matrixAnswered: ReadonlyMap<string, number>): Tallies {
  const questions = new Map<string, Tally>();
  const byRow = new Map<string, Tally>();
  const points = new Map<string, number>();
  const add = (into: Map<string, Tally>, key: string, row: TallyRow) => {
    const tally = into.get(key) ?? { answered: 0, numbered: 0, sum: 0 };
    tally.answered += row.count;
    tally.numbered += row.numbered;
    tally.sum += row.sum ?? 0;
    into.set(key, tally);
  };
  for (const row of rows) {
    const rowKey = blockKey(row.questionId, row.speakerId, row.rowId);
    add(questions, blockKey(row.questionId, row.speakerId), row);
    if (row.rowId !== '') add(byRow, rowKey, row);
    if (row.point !== null) points.set(`${rowKey}|${row.point}`, row.count);
  }
  for (const [key, answered] of matrixAnswered) {
    const tally = questions.get(key);
    if (tally) tally.answered = answered;
  }
  return { questions, rows: byRow, points };
}
