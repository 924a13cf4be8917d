import type { AnswerValue } from '@bina-pustaka/shared-contracts';

/**
 * The autosave in one statement: a share lock on the running attempt (so a save waits for
 * a submit in progress, then finds it submitted), then an upsert of the question's row
 * that only replaces a stored answer with a greater sequence.
 */
const SAVE_ANSWER_SQL = `WITH open_attempt AS (
         SELECT id FROM attempts
          WHERE id = $1 AND user_id = $2 AND status = 'in-progress'
            AND (deadline_at IS NULL OR clock_timestamp() <= deadline_at + make_interval(secs => $6::double precision))
            AND slots @> jsonb_build_array(jsonb_build_object('questionId', $3::text, 'type', $7::text))
          FOR SHARE)
       INSERT INTO attempt_answers AS stored (attempt_id, question_id, value, seq, saved_at)
       SELECT id, $3::uuid, $4::jsonb, $5::bigint, clock_timestamp() FROM open_attempt
       ON CONFLICT (attempt_id, question_id) DO UPDATE
          SET value = EXCLUDED.value, seq = EXCLUDED.seq, saved_at = EXCLUDED.saved_at
        WHERE stored.seq < EXCLUDED.seq
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
  seq: string;
  saved_at: Date;
}

export function saveAnswerStatement(input: SaveAnswerInput): { text: string; values: unknown[] } {
  return {
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
