import type { Question } from '@bina-pustaka/shared-contracts';
import { draftOf, emptyDraft, requestOf } from './question-draft';

describe('question drafts', () => {
  it('builds each type’s body from the form', () => {
    const draft = { ...emptyDraft('short-answer', 'cat-1'), prompt: 'Singkatan?', acceptedAnswers: 'RDA\n\n r d a \n' };
    expect(requestOf(draft)).toEqual({
      categoryId: 'cat-1',
      prompt: 'Singkatan?',
      points: 1,
      body: { type: 'short-answer', acceptedAnswers: ['RDA', 'r d a'] },
      feedback: { correct: null, incorrect: null, general: null },
    });
    expect(requestOf({ ...emptyDraft('numeric'), numericAnswer: '3,5', tolerance: '' }).body).toEqual({
      type: 'numeric',
      answer: 3.5,
      tolerance: 0,
    });
    expect(requestOf({ ...emptyDraft('true-false'), trueFalse: false }).body).toEqual({
      type: 'true-false',
      answer: false,
    });
  });

  it('keeps option ids when editing, so saved answers still point at them', () => {
    const question: Question = {
      id: 'q1',
      courseId: 'c1',
      categoryId: null,
      prompt: 'Standar?',
      points: 2,
      updatedAt: '2026-01-01T00:00:00Z',
      feedback: { correct: 'Tepat.', incorrect: null, general: null },
      body: {
        type: 'single-choice',
        options: [
          { id: 'o1', text: 'RDA', correct: true, feedback: null },
          { id: 'o2', text: 'MARC', correct: false, feedback: 'Format.' },
        ],
      },
    };
    const request = requestOf(draftOf(question));
    expect(request.points).toBe(2);
    expect(request.categoryId).toBeNull();
    expect(request.feedback.correct).toBe('Tepat.');
    expect(request.body).toEqual({
      type: 'single-choice',
      options: [
        { id: 'o1', text: 'RDA', correct: true, feedback: null },
        { id: 'o2', text: 'MARC', correct: false, feedback: 'Format.' },
      ],
    });
  });
});
