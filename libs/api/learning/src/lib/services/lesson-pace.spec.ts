import { claimOf, formatSeconds, judgePace, wordCount, type PacedLesson } from './lesson-pace';

const text = (words: number, estimatedMinutes = 10): PacedLesson => ({
  kind: 'text',
  bodyMarkdown: '## Judul\n\n' + 'kata '.repeat(words - 1),
  estimatedMinutes,
  videoDurationSeconds: null,
  videoFileId: null,
});
const video = (fields: Partial<PacedLesson> = {}): PacedLesson => ({
  kind: 'video',
  bodyMarkdown: null,
  estimatedMinutes: 10,
  videoDurationSeconds: 3600,
  videoFileId: null,
  ...fields,
});

describe('lesson pace', () => {
  it('counts words, not Markdown marks', () => {
    expect(wordCount('# RDA\n\n- **entitas**, atribut — dan 3 relasi.\n\n> Kutipan')).toBe(7);
    expect(wordCount(null)).toBe(0);
  });

  it('asks a text its word count at 600 words a minute, never more than the author’s estimate', () => {
    expect(claimOf(text(1200), { event: 'reached-end' })?.neededSeconds).toBe(120);
    expect(claimOf(text(1200, 1), { event: 'reached-end' })?.neededSeconds).toBe(60);
    expect(claimOf(text(1200), { event: 'viewed' })).toBeNull();
  });

  it('asks a video the share claimed at 2x, by its length or, for an embed without one, the estimate', () => {
    expect(claimOf(video(), { event: 'video-progress', watchedFraction: 0.5 })).toEqual({
      kind: 'watching',
      watchedSeconds: 1800,
      neededSeconds: 900,
    });
    expect(
      claimOf(video({ videoDurationSeconds: null }), { event: 'video-progress', watchedFraction: 1 })?.neededSeconds,
    ).toBe(300);
    // An uploaded file of unknown length: the browser measured it against the real file; the server cannot.
    expect(
      claimOf(video({ videoDurationSeconds: null, videoFileId: 'f' }), { event: 'video-progress', watchedFraction: 1 }),
    ).toBeNull();
  });

  it('opening a file or a link claims no time', () => {
    expect(claimOf({ ...text(10), kind: 'file' }, { event: 'opened' })).toBeNull();
  });

  it('refuses what could not have happened, flags what only just could, and lets the rest through', () => {
    const claim = { kind: 'reading' as const, watchedSeconds: 0, neededSeconds: 120 };
    expect(judgePace(claim, 20)).toEqual({ verdict: 'refused', claim, retryAfterSeconds: 97 });
    expect(judgePace(claim, 117)).toEqual({ verdict: 'borderline', claim });
    expect(judgePace(claim, 179)).toEqual({ verdict: 'borderline', claim });
    expect(judgePace(claim, 180)).toEqual({ verdict: 'plausible' });
    // A few seconds of reading are never held against anyone.
    expect(judgePace({ ...claim, neededSeconds: 3 }, 0)).toEqual({ verdict: 'plausible' });
    expect(judgePace(null, 0)).toEqual({ verdict: 'plausible' });
  });

  it('says durations in Indonesian and English', () => {
    expect(formatSeconds(20.4, 'id')).toBe('20 detik');
    expect(formatSeconds(120, 'id')).toBe('2 menit');
    expect(formatSeconds(130, 'id')).toBe('2 menit 10 detik');
    expect(formatSeconds(61, 'en')).toBe('1 minute 1 second');
    expect(formatSeconds(3600, 'en')).toBe('60 minutes');
  });
});
