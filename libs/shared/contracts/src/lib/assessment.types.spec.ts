import { revealsKeyBeforeRetry, type ReviewPolicy } from './assessment.types';

const review = (fields: Partial<ReviewPolicy> = {}): ReviewPolicy => ({
  when: 'immediately',
  score: true,
  correctness: true,
  correctAnswers: true,
  feedback: true,
  ...fields,
});

describe('revealsKeyBeforeRetry', () => {
  it('holds when correct answers show right after submitting and another attempt may follow', () => {
    expect(revealsKeyBeforeRetry(review(), 2)).toBe(true);
    expect(revealsKeyBeforeRetry(review(), null)).toBe(true);
  });

  it('does not hold with one attempt, later review, or no correct answers shown', () => {
    expect(revealsKeyBeforeRetry(review(), 1)).toBe(false);
    expect(revealsKeyBeforeRetry(review({ when: 'after-close' }), 3)).toBe(false);
    expect(revealsKeyBeforeRetry(review({ when: 'never' }), null)).toBe(false);
    expect(revealsKeyBeforeRetry(review({ correctAnswers: false }), 3)).toBe(false);
  });
});
