import { eventSlug } from './event-slug';

describe('eventSlug', () => {
  it('keeps the readable words of the title and adds four random characters', () => {
    expect(eventSlug('Peluncuran Buku "Senja di Pelabuhan"!')).toMatch(
      /^peluncuran-buku-senja-di-pelabuhan-[a-z2-9]{4}$/,
    );
  });

  it('drops accents, cuts at a whole word, and has a fallback for titles without letters', () => {
    expect(eventSlug('Café Literasi')).toMatch(/^cafe-literasi-[a-z2-9]{4}$/);
    const long = eventSlug('Pelatihan literasi informasi untuk pustakawan sekolah dan perguruan tinggi se-Jawa Barat');
    expect(long.length).toBeLessThanOrEqual(65);
    expect(long).toMatch(/^pelatihan-literasi-informasi-untuk-pustakawan-sekolah-dan-[a-z2-9]{4}$/);
    expect(eventSlug('!!! ???')).toMatch(/^acara-[a-z2-9]{4}$/);
  });

  it('differs between two events of the same title', () => {
    const slugs = new Set(Array.from({ length: 20 }, () => eventSlug('Klub Membaca')));
    expect(slugs.size).toBeGreaterThan(15);
  });
});
