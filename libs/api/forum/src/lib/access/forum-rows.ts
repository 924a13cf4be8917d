import type { DataSource, EntityManager } from 'typeorm';
import type { ForumEntity } from '../entities/forum.entity';

/**
 * The forums the hot reads need (the home, a thread page), as plain statements: a forum row
 * is small and fixed, and building each look-up through TypeORM's query builder cost more
 * CPU than the statement itself (bench:forum). Columns under the entity's names.
 */
const COLUMNS = `id, kind, slug, title, description, position, course_id AS "courseId", space_id AS "spaceId",
                 hold_first_posts AS "holdFirstPosts", created_at AS "createdAt"`;

type Db = DataSource | EntityManager;

export const FORUM_STATEMENTS = {
  byId: `SELECT ${COLUMNS} FROM forums WHERE id = $1`,
  community: `SELECT ${COLUMNS} FROM forums WHERE kind = 'community' ORDER BY position`,
  ofCourses: `SELECT ${COLUMNS} FROM forums WHERE course_id = ANY($1::uuid[])`,
  ofSpaces: `SELECT ${COLUMNS} FROM forums WHERE kind = $1 AND space_id = ANY($2::uuid[])`,
};

export async function forumById(db: Db, id: string): Promise<ForumEntity | null> {
  const [forum]: ForumEntity[] = await db.query(FORUM_STATEMENTS.byId, [id]);
  return forum ?? null;
}

export const communityForums = (db: Db): Promise<ForumEntity[]> => db.query(FORUM_STATEMENTS.community);

export const forumsOfCourses = (db: Db, courseIds: string[]): Promise<ForumEntity[]> =>
  db.query(FORUM_STATEMENTS.ofCourses, [courseIds]);

export const forumsOfSpaces = (db: Db, kind: string, spaceIds: string[]): Promise<ForumEntity[]> =>
  db.query(FORUM_STATEMENTS.ofSpaces, [kind, spaceIds]);
