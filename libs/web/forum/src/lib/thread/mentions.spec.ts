import { excerptOf, insertMention, mentionQueryAt } from './mentions';

const SITI = { id: '6f1d2c1e-3333-4c3a-9b1a-000000000001', fullName: 'Siti Rahma' };

describe('mentions', () => {
  it('finds the @name being typed, from one letter on, only at the start of a word', () => {
    expect(mentionQueryAt('Terima kasih @S', 15)).toEqual({ start: 13, query: 'S' });
    expect(mentionQueryAt('@Siti', 5)).toEqual({ start: 0, query: 'Siti' });
    expect(mentionQueryAt('(@Ba', 4)).toEqual({ start: 1, query: 'Ba' });
    expect(mentionQueryAt('Halo @', 6)).toBeNull();
    expect(mentionQueryAt('surel siti@perpus.id', 15)).toBeNull();
    // A space after the name closes the list.
    expect(mentionQueryAt('@Siti ', 6)).toBeNull();
    // Only what is before the caret counts.
    expect(mentionQueryAt('@Siti lalu', 3)).toEqual({ start: 0, query: 'Si' });
  });

  it('writes the mention as the api reads it and puts the caret after it', () => {
    const text = 'Tanya @Si soal ini';
    const result = insertMention(text, { start: 6, query: 'Si' }, 9, SITI);
    expect(result.text).toBe(`Tanya [@Siti Rahma](mention:${SITI.id})  soal ini`);
    expect(result.caret).toBe(`Tanya [@Siti Rahma](mention:${SITI.id}) `.length);
    expect(insertMention('@x', { start: 0, query: 'x' }, 2, { id: 'u1', fullName: 'A [B]' }).text).toBe(
      '[@A B](mention:u1) ',
    );
  });

  it('reads a quote’s excerpt as text, never as markup', () => {
    expect(excerptOf('<p>Koleksi <strong>langka</strong></p><script>alert(1)</script>')).toBe('Koleksi langkaalert(1)');
    expect(excerptOf(`<p>${'kata '.repeat(50)}</p>`, 20)).toBe('kata kata kata kata…');
  });
});
