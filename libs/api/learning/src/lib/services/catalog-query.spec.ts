import { catalogPageStatement, withCoverLinks, type CatalogCardRow } from './catalog-query';

const VIEWER = '5b0c7a1e-0000-4000-8000-000000000001';

describe('catalog statements', () => {
  it('carries search text and filters only as parameters', () => {
    const q = "'; DROP TABLE courses; -- 100%_";
    const statement = catalogPageStatement(VIEWER, {
      q,
      category: 'layanan',
      skkni: 'J.91LPS00.007.2',
      jpMin: 2,
      jpMax: 8,
      enrolment: 'none',
      page: 3,
      pageSize: 10,
    });
    expect(statement.text).not.toContain('DROP');
    expect(statement.text).not.toContain('layanan');
    expect(statement.text).not.toContain('J.91LPS00');
    // The title pattern matches % and _ as themselves.
    expect(statement.values).toEqual([
      VIEWER,
      q,
      "%'; DROP TABLE courses; -- 100\\%\\_%",
      'layanan',
      'J.91LPS00.007.2',
      2,
      8,
      10,
      20,
    ]);
  });

  it('names each combination of filters once, whatever the values', () => {
    const first = catalogPageStatement(VIEWER, { q: 'naskah', jpMin: 0, page: 1, pageSize: 20 });
    const again = catalogPageStatement('another-viewer', { q: 'arsip', jpMin: 5, page: 4, pageSize: 50 });
    expect(again.name).toBe(first.name);
    expect(again.text).toBe(first.text);

    const names = [
      catalogPageStatement(VIEWER, { page: 1, pageSize: 20 }),
      catalogPageStatement(VIEWER, { q: 'naskah', page: 1, pageSize: 20 }),
      catalogPageStatement(VIEWER, { jpMax: 4, page: 1, pageSize: 20 }),
      catalogPageStatement(VIEWER, { enrolment: 'none', page: 1, pageSize: 20 }),
      catalogPageStatement(VIEWER, { enrolment: 'completed', page: 1, pageSize: 20 }),
      catalogPageStatement(VIEWER, { q: 'naskah', category: 'layanan', skkni: 'X', page: 1, pageSize: 20 }),
    ].map((statement) => statement.name);
    expect(new Set(names).size).toBe(names.length);
    // PostgreSQL keeps 63 bytes of a prepared statement's name.
    const longest = catalogPageStatement(VIEWER, {
      q: 'a',
      category: 'layanan',
      skkni: 'X',
      jpMin: 1,
      jpMax: 2,
      enrolment: 'completed',
      page: 1,
      pageSize: 20,
    });
    expect(longest.name.length).toBeLessThanOrEqual(63);
  });

  it('signs a link for each cover and leaves cards without one alone', () => {
    const card = (cover: CatalogCardRow['cover']): CatalogCardRow => ({
      id: 'c1',
      title: 'Katalogisasi',
      summary: '',
      category: 'pengolahan',
      jp: 2,
      language: 'id',
      skkniUnits: [],
      cover,
      trainers: [],
      lessonCount: 0,
      estimatedMinutes: 0,
      myEnrolment: null,
      openCohorts: 0,
    });
    const cover = {
      id: 'f1',
      name: 'sampul.png',
      contentType: 'image/png',
      sizeBytes: 10,
      purpose: 'course-cover' as const,
    };
    const cards = withCoverLinks([card(cover), card(null)], (fileId) => `/api/files/${fileId}/content?signed`);
    expect(cards.map((c) => c.cover)).toEqual([{ ...cover, url: '/api/files/f1/content?signed' }, null]);
  });
});
