import { convertToParamMap } from '@angular/router';
import { resultsBlocks } from './results-blocks';
import { filtersFromQuery, queryFromFilters, rangeIsBackwards, withChange } from './results-filter';
import { formatNumber, formatPeriod, formatShare } from './results-format';
import { COURSE_ID, INSTITUTION_ID, SESSION_ID, question, results } from './testing';

describe('results filters in the address', () => {
  it('reads both groups, leaving out values of the wrong shape', () => {
    const query = convertToParamMap({
      courseId: COURSE_ID,
      institutionId: 'not-an-id',
      from: '2026-11-01',
      to: '30/11/2026',
      bandingkan: '1',
      b_webinarSessionId: SESSION_ID,
    });
    expect(filtersFromQuery(query)).toEqual({
      a: { courseId: COURSE_ID, from: '2026-11-01' },
      b: { webinarSessionId: SESSION_ID },
    });
    // The second group's filters count only while comparing.
    expect(filtersFromQuery(convertToParamMap({ b_courseId: COURSE_ID })).b).toBeNull();
  });

  it('writes every filter param, clearing the empty ones and the second group when not comparing', () => {
    const params = queryFromFilters({ a: { institutionId: INSTITUTION_ID }, b: null });
    expect(params['institutionId']).toBe(INSTITUTION_ID);
    expect(params['courseId']).toBeNull();
    expect(params['bandingkan']).toBeNull();
    expect(params['b_institutionId']).toBeNull();
    const compared = queryFromFilters({ a: {}, b: { to: '2026-12-31' } });
    expect(compared['bandingkan']).toBe('1');
    expect(compared['b_to']).toBe('2026-12-31');
    expect(filtersFromQuery(convertToParamMap(compared))).toEqual({ a: {}, b: { to: '2026-12-31' } });
  });

  it('changes one field at a time and knows a backwards period', () => {
    const filter = withChange({ from: '2026-11-30' }, { field: 'to', value: '2026-11-01' });
    expect(filter).toEqual({ from: '2026-11-30', to: '2026-11-01' });
    expect(rangeIsBackwards(filter)).toBe(true);
    expect(withChange(filter, { field: 'from', value: '' })).toEqual({ to: '2026-11-01' });
    expect(rangeIsBackwards({ from: '2026-11-01', to: '2026-11-01' })).toBe(false);
  });
});

describe('results numbers', () => {
  it('writes Indonesian and English numbers, shares and periods', () => {
    expect(formatNumber(3.84, 'id', 1)).toBe('3,8');
    expect(formatNumber(84.375, 'id', 2)).toBe('84,38');
    expect(formatNumber(1250, 'id')).toBe('1.250');
    expect(formatNumber(3.84, 'en', 1)).toBe('3.8');
    expect(formatNumber(null, 'id', 1)).toBe('–');
    expect(formatShare(1, 3, 'id')).toBe('33%');
    expect(formatShare(0, 0, 'id')).toBe('0%');
    expect(formatPeriod('2026-11', 'id')).toBe('November 2026');
    expect(formatPeriod('2026-08', 'id')).toBe('Agustus 2026');
    expect(formatPeriod('2026', 'en')).toBe('2026');
  });
});

describe('results blocks', () => {
  const rina = { id: 'u-rina', fullName: 'Rina Wulandari' };
  const budi = { id: 'u-budi', fullName: 'Budi Santoso' };

  it('puts the groups side by side per question and each speaker’s questions under their name', () => {
    const a = results({
      questions: [
        question({ questionId: 'q1' }),
        question({ questionId: 'n1', sectionTitle: 'Narasumber', speaker: rina }),
        question({ questionId: 'n2', sectionTitle: 'Narasumber', speaker: rina }),
      ],
    });
    const b = results({
      questions: [
        question({ questionId: 'q1', mean: 2 }),
        question({ questionId: 'n1', sectionTitle: 'Narasumber', speaker: budi }),
      ],
    });
    const blocks = resultsBlocks(a, b);
    expect(blocks.map((block) => [block.sectionTitle, block.speaker?.fullName ?? null])).toEqual([
      ['Penyelenggaraan', null],
      ['Narasumber', 'Rina Wulandari'],
      ['Narasumber', 'Budi Santoso'],
    ]);
    expect(blocks[0].questions[0].a?.mean).toBe(3.3);
    expect(blocks[0].questions[0].b?.mean).toBe(2);
    expect(blocks[1].questions.map((pair) => [pair.key, !!pair.a, !!pair.b])).toEqual([
      ['n1|u-rina', true, false],
      ['n2|u-rina', true, false],
    ]);
    expect(blocks[2].questions.map((pair) => [pair.key, !!pair.a, !!pair.b])).toEqual([['n1|u-budi', false, true]]);
  });

  it('shows the second group’s questions when the first is suppressed', () => {
    const blocks = resultsBlocks(results({ suppressed: true, questions: [] }), results());
    expect(blocks).toHaveLength(1);
    expect(blocks[0].questions[0].a).toBeNull();
  });
});
