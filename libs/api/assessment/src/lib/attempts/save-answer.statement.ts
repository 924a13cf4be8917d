import type { AnswerValue } from '@bina-pustaka/shared-contracts';

/**
 * The autosave in one statement and one round trip: a share lock on the running attempt
 * (so a save waits for a submit in progress, then finds it submitted), then an upsert of
 * the question's row that keeps the answer with the greater sequence. A duplicate or an
 * older save leaves the answer as it is but still returns the stored row (RETURNING sees
 * the latest version, also one a concurrent duplicate committed while this one waited), so
 * only a refused save needs a second look. Nothing is returned when the attempt is not the
 * learner's, not running, past its deadline and grace, or lacks the question of that type.
 */
const SAVE_ANSWER_SQL = `
  WITH open_attempt AS (
    SELECT id FROM attempts
     WHERE id = $1 AND user_id = $2 AND status = 'in-progress'
       AND (deadline_at IS NULL OR clock_timestamp() <= deadline_at + make_interval(secs => $6::double precision))
       AND slots @> jsonb_build_array(jsonb_build_object('questionId', $3::text, 'type', $7::text))
     FOR SHARE)
  INSERT INTO attempt_answers AS stored (attempt_id, question_id, value, seq, saved_at)
  SELECT id, $3::uuid, $4::jsonb, $5::bigint, clock_timestamp() FROM open_attempt
  ON CONFLICT (attempt_id, question_id) DO UPDATE
     SET value = CASE WHEN stored.seq < EXCLUDED.seq THEN EXCLUDED.value ELSE stored.value END,
         saved_at = CASE WHEN stored.seq < EXCLUDED.seq THEN EXCLUDED.saved_at ELSE stored.saved_at END,
         seq = GREATEST(stored.seq, EXCLUDED.seq)
  RETURNING seq, saved_at`;

export interface SaveAnswerInput {
  attemptId: string;
  userId: string;
  questionId: string;
  answer: AnswerValue;
  seq: number;
  graceSeconds: number;
}

export interface SaveAnswerRow {
  /** The stored sequence: the one sent, or a greater one saved before. */
  seq: string;
  saved_at: Date;
}

/**
 * A named (prepared) statement for pg's `query()`: it runs on every autosave, so
 * PostgreSQL plans it once per connection (BENCHMARKS.md, "Quiz attempts").
 */
export function saveAnswerStatement(input: SaveAnswerInput): { name: string; text: string; values: unknown[] } {
  return {
    name: 'assessment-save-answer',
    text: SAVE_ANSWER_SQL,
    values: [
      input.attemptId,
      input.userId,
      input.questionId,
      JSON.stringify(input.answer),
      input.seq,
      input.graceSeconds,
      input.answer.type,
    ],
  };
}
