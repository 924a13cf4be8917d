import { AppError } from '@bina-pustaka/api-platform';
import { responseScope } from './response-scope';

const SURVEY = '00000000-0000-4000-8000-000000000001';
const COURSE = '00000000-0000-4000-8000-000000000002';
const SPEAKER = '00000000-0000-4000-8000-000000000003';

describe('the responses a results view reads', () => {
  it('reads the whole survey without a join when nothing narrows it', () => {
    expect(responseScope(SURVEY, {})).toEqual({
      responses: 'r.survey_id = $1',
      answers: 'true',
      params: [SURVEY],
      join: '',
      conditions: [],
    });
  });

  it('narrows by context, period and speaker, each value a parameter', () => {
    const scope = responseScope(SURVEY, { courseId: COURSE, from: '2026-11-01', to: '2026-11-30', speakerId: SPEAKER });
    expect(scope.params).toEqual([SURVEY, COURSE, '2026-11-01', '2026-11-30', SPEAKER]);
    expect(scope.responses).toContain('r.course_id = $2');
    expect(scope.responses).toContain('s.speaker_id = $5::uuid');
    expect(scope.answers).toBe('(a.speaker_id IS NULL OR a.speaker_id = $5::uuid)');
    expect(scope.join).toContain('JOIN scoped');
  });

  it('refuses a period that ends before it starts, and reads year 0000 as the very start', () => {
    expect(() => responseScope(SURVEY, { from: '2026-12-01', to: '2026-11-01' })).toThrow(AppError);
    expect(responseScope(SURVEY, { from: '0000-01-01' }).params).toEqual([SURVEY, '0001-01-01']);
  });
});
