import type { EntityManager } from 'typeorm';

/** The prerequisite courses each user has not completed (users with none missing are absent). */
export async function unmetPrerequisites(
  manager: EntityManager,
  courseId: string,
  userIds: string[],
): Promise<Map<string, { id: string; title: string }[]>> {
  if (userIds.length === 0) return new Map();
  const rows: { user_id: string; missing: { id: string; title: string }[] }[] = await manager.query(
    `SELECT u.user_id, json_agg(json_build_object('id', c.id, 'title', c.title) ORDER BY c.title) AS missing
       FROM unnest($2::uuid[]) AS u(user_id)
       JOIN course_prerequisites p ON p.course_id = $1
       JOIN courses c ON c.id = p.required_course_id
      WHERE NOT EXISTS (SELECT 1 FROM course_completions cc WHERE cc.user_id = u.user_id AND cc.course_id = p.required_course_id)
      GROUP BY u.user_id`,
    [courseId, userIds],
  );
  return new Map(rows.map((row) => [row.user_id, row.missing]));
}

/** For users already holding a live enrolment in the course: the name of that cohort. */
export async function liveEnrolmentCohorts(
  manager: EntityManager,
  courseId: string,
  userIds: string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows: { user_id: string; name: string }[] = await manager.query(
    `SELECT e.user_id, co.name FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
      WHERE e.course_id = $1 AND e.user_id = ANY($2) AND e.status IN ('pending', 'active', 'completed')`,
    [courseId, userIds],
  );
  return new Map(rows.map((row) => [row.user_id, row.name]));
}

/** Required lessons done / required lessons, per (user, course), as 0..100. */
export async function progressPercents(
  manager: EntityManager,
  pairs: { userId: string; courseId: string }[],
): Promise<Map<string, number>> {
  if (pairs.length === 0) return new Map();
  const rows: { user_id: string; course_id: string; total: number; done: number }[] = await manager.query(
    `SELECT x.user_id, x.course_id,
            (SELECT count(*) FROM lessons l WHERE l.course_id = x.course_id AND l.required)::int AS total,
            (SELECT count(*) FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id
              WHERE p.user_id = x.user_id AND l.course_id = x.course_id AND l.required AND p.state = 'done')::int AS done
       FROM unnest($1::uuid[], $2::uuid[]) AS x(user_id, course_id)`,
    [pairs.map((p) => p.userId), pairs.map((p) => p.courseId)],
  );
  return new Map(
    rows.map((row) => [`${row.user_id}:${row.course_id}`, row.total ? Math.round((100 * row.done) / row.total) : 0]),
  );
}
