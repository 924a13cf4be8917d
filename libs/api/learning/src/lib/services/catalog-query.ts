import { containsPattern } from '@bina-pustaka/api-platform';
import type { CatalogCourse, CourseCategory, StoredFile } from '@bina-pustaka/shared-contracts';

/** A catalog search as GET /api/catalog takes it (validated by catalogQuerySchema). */
export interface CatalogQuery {
  q?: string;
  category?: CourseCategory;
  skkni?: string;
  jpMin?: number;
  jpMax?: number;
  enrolment?: 'none' | 'enrolled' | 'completed';
  page: number;
  pageSize: number;
}

/** A card as PostgreSQL builds it: the cover's link is signed for the viewer afterwards, in Node. */
export type CatalogCardRow = Omit<CatalogCourse, 'cover'> & { cover: Omit<StoredFile, 'url'> | null };

/** The one row a catalog statement answers: how many courses match, and this page's cards in order. */
export interface CatalogPageRow {
  total: number;
  items: CatalogCardRow[];
}

/** A named (prepared) statement for pg's `query()`. */
export interface CatalogStatement {
  name: string;
  text: string;
  values: unknown[];
}

const LIVE_ENROLMENT = `('pending', 'active', 'completed')`;

/**
 * The cards of the courses in `page` (their ids and the columns `orderBy` sorts by), each
 * built by PostgreSQL as the contract's JSON, so the api maps no entities. Trainer names
 * are read from identity's users table here, read-only: the one place learning does,
 * because a catalog page in one query is the point (issue 11).
 */
function cardsOf(orderBy: (alias: string) => string): string {
  return `
SELECT (SELECT count(*) FROM matched)::int AS total,
       coalesce(json_agg(json_build_object(
         'id', c.id,
         'title', c.title,
         'summary', c.summary,
         'category', c.category,
         'jp', c.jp,
         'language', c.language,
         'skkniUnits', c.skkni_units,
         'cover', CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object(
           'id', f.id, 'name', f.original_name, 'contentType', f.content_type,
           'sizeBytes', f.size_bytes, 'purpose', f.purpose) END,
         'trainers', trainers.list,
         'lessonCount', lessons.n,
         'estimatedMinutes', lessons.minutes,
         'myEnrolment', CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object(
           'id', e.id, 'status', e.status, 'cohortId', e.cohort_id) END,
         'openCohorts', open_cohorts.n
       ) ORDER BY ${orderBy('p.')}), '[]') AS items
  FROM page p
  JOIN courses c ON c.id = p.id
  LEFT JOIN files f ON f.id = c.cover_file_id
  LEFT JOIN enrolments e ON e.course_id = c.id AND e.user_id = $1 AND e.status IN ${LIVE_ENROLMENT}
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS n, coalesce(sum(l.estimated_minutes), 0)::int AS minutes
      FROM lessons l WHERE l.course_id = c.id) lessons
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS n
      FROM cohorts h
     WHERE h.course_id = c.id AND h.self_enrolment <> 'closed'
       AND now() >= h.enrol_opens_at AND now() < h.enrol_closes_at AND now() < h.ends_at) open_cohorts
  CROSS JOIN LATERAL (
    -- The author first, then the co-trainers by name.
    SELECT coalesce(json_agg(json_build_object('id', u.id, 'fullName', u.full_name)
                             ORDER BY t.co_trainer, u.full_name, u.id), '[]') AS list
      FROM (SELECT c.owner_id AS user_id, false AS co_trainer
            UNION ALL
            SELECT ct.user_id, true FROM course_trainers ct
             WHERE ct.course_id = c.id AND ct.user_id <> c.owner_id) t
      JOIN users u ON u.id = t.user_id) trainers`;
}

/**
 * One page of the catalog for a viewer, as a single statement. Each combination of filters
 * is its own named statement (at most 2^5 x 4 of them, prepared once per connection), so a
 * filter left out costs nothing; one statement with `$n IS NULL OR ...` for every filter
 * would share one plan that cannot use the search index.
 */
export function catalogPageStatement(viewerId: string, query: CatalogQuery): CatalogStatement {
  const values: unknown[] = [viewerId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = [`c.status = 'published'`];
  let shape = '';
  let from = 'courses c';
  let rank = '';
  let orderBy = (alias: string) => `${alias}title, ${alias}id`;
  if (query.q) {
    shape += 'q';
    // In FROM, the search text is parsed once per query rather than once per row.
    from += `, websearch_to_tsquery('indonesian', ${param(query.q)}) AS search`;
    // Part of a title (e.g. "katalog" in "Katalogisasi") counts too: full text finds whole words only.
    conditions.push(`(c.search_vector @@ search OR c.title ILIKE ${param(containsPattern(query.q))})`);
    rank = ', ts_rank(c.search_vector, search) AS rank';
    orderBy = (alias) => `${alias}rank DESC, ${alias}title, ${alias}id`;
  }
  if (query.category) {
    shape += 'c';
    conditions.push(`c.category = ${param(query.category)}`);
  }
  if (query.skkni) {
    shape += 's';
    conditions.push(`c.skkni_units @> ARRAY[${param(query.skkni)}::text]`);
  }
  if (query.jpMin !== undefined) {
    shape += 'a';
    conditions.push(`c.jp >= ${param(query.jpMin)}`);
  }
  if (query.jpMax !== undefined) {
    shape += 'b';
    conditions.push(`c.jp <= ${param(query.jpMax)}`);
  }
  if (query.enrolment) {
    shape += `-${query.enrolment}`;
    const mine = `SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = $1 AND e.status IN`;
    conditions.push(
      {
        none: `NOT EXISTS (${mine} ${LIVE_ENROLMENT})`,
        enrolled: `EXISTS (${mine} ('pending', 'active'))`,
        completed: `EXISTS (${mine} ('completed'))`,
      }[query.enrolment],
    );
  }
  const limit = param(query.pageSize);
  const offset = param((query.page - 1) * query.pageSize);
  const text = `
WITH matched AS (
  SELECT c.id, c.title${rank} FROM ${from} WHERE ${conditions.join(' AND ')}
), page AS (
  SELECT * FROM matched ORDER BY ${orderBy('')} LIMIT ${limit} OFFSET ${offset}
)${cardsOf(orderBy)}`;
  return { name: `catalog-page-${shape}`, text, values };
}

/** The card of one published course (for its catalog page), by the same SQL as the list. */
export function catalogCardStatement(viewerId: string, courseId: string): CatalogStatement {
  const text = `
WITH matched AS (
  SELECT c.id, c.title FROM courses c WHERE c.id = $2 AND c.status = 'published'
), page AS (
  SELECT * FROM matched
)${cardsOf((alias) => `${alias}id`)}`;
  return { name: 'catalog-card', text, values: [viewerId, courseId] };
}

/** The cards with their covers' links, signed for the viewer by `link`. */
export function withCoverLinks(cards: CatalogCardRow[], link: (fileId: string) => string): CatalogCourse[] {
  return cards.map((card) => ({ ...card, cover: card.cover && { ...card.cover, url: link(card.cover.id) } }));
}
