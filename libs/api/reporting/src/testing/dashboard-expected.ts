/**
 * The dashboard as plain SQL says it should be, written apart from the sources (whose
 * statements bound periods by instants; these compare WIB calendar days, months and years),
 * so the int spec can ask for equality, not closeness.
 * Parameters of every statement: $1 first day, $2 last day, $3 institution, $4 category, $5 cohort.
 */
import type { Dashboard, DashboardTrendMonth, JpBand } from '@bina-pustaka/shared-contracts';
import type { DataSource } from 'typeorm';

export interface ExpectedScope {
  from: string;
  to: string;
  months: readonly string[];
  institutionId: string | null;
  category: string | null;
  cohortId: string | null;
  target: number;
}

const LIBRARIANS = `SELECT id FROM users WHERE status = 'active' AND roles @> ARRAY['learner']::text[]
  AND ($3::uuid IS NULL OR institution_id = $3)`;
const wibDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Jakarta')::date`;
const inPeriod = (column: string) => `${wibDay(column)} BETWEEN $1::date AND $2::date`;
const month = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM')`;
const courseOf = (courseColumn: string) =>
  `($4::text IS NULL OR (SELECT category FROM courses WHERE id = ${courseColumn}) = $4)`;

export async function expectedDashboard(db: DataSource, s: ExpectedScope): Promise<Dashboard> {
  const p = [s.from, s.to, s.institutionId, s.category, s.cohortId];
  const q = async <T>(sql: string, params: unknown[] = p) => {
    // Only the parameters a statement names are sent (PostgreSQL cannot type one it never sees).
    const used: number[] = [];
    const numbered = sql.replace(/\$(\d+)/g, (_, n: string) => {
      const index = used.indexOf(Number(n));
      return `$${index >= 0 ? index + 1 : used.push(Number(n))}`;
    });
    return (await db.query(
      numbered,
      used.map((n) => params[n - 1]),
    )) as T[];
  };
  const perMonth = async (sql: string) =>
    new Map((await q<{ month: string; value: number }>(sql)).map((row) => [row.month, Number(row.value)]));

  const enrolmentsSql = `FROM enrolments e WHERE e.status NOT IN ('pending', 'rejected') AND ${inPeriod('e.enrolled_at')}
    AND e.user_id IN (${LIBRARIANS}) AND ${courseOf('e.course_id')} AND ($5::uuid IS NULL OR e.cohort_id = $5)`;
  const [enrolled] = await q<{ all: number; rate: number | null }>(
    `SELECT count(*)::int AS all,
            round(100.0 * count(*) FILTER (WHERE e.status = 'completed') / nullif(count(*), 0), 2)::float8 AS rate
     ${enrolmentsSql}`,
  );
  const completionsSql = `FROM course_completions cc JOIN enrolments e ON e.id = cc.enrolment_id
    WHERE ${inPeriod('cc.completed_at')} AND cc.user_id IN (${LIBRARIANS}) AND ${courseOf('cc.course_id')}
      AND ($5::uuid IS NULL OR e.cohort_id = $5)`;
  const [completions] = await q<{ count: number; median: number | null }>(
    `SELECT count(*)::int AS count, round((extract(epoch FROM percentile_cont(0.5) WITHIN GROUP
       (ORDER BY cc.completed_at - e.enrolled_at)) / 86400)::numeric, 1)::float8 AS median ${completionsSql}`,
  );

  const year = Number(s.to.slice(0, 4));
  const jpRows = await q<{ jp: number }>(
    `SELECT (SELECT coalesce(sum(j.jp), 0) FROM jp_ledger_entries j WHERE j.user_id = l.id
              AND extract(year FROM j.earned_at AT TIME ZONE 'Asia/Jakarta') = $6)::float8 AS jp
       FROM (${LIBRARIANS}) l`,
    [...p, year],
  );
  const band = (jp: number): JpBand =>
    jp === 0
      ? 'none'
      : jp * 4 < s.target
        ? 'under25'
        : jp * 2 < s.target
          ? 'under50'
          : jp * 4 < 3 * s.target
            ? 'under75'
            : jp < s.target
              ? 'under100'
              : 'reached';
  const bands: JpBand[] = ['none', 'under25', 'under50', 'under75', 'under100', 'reached'];

  const attemptsSql = `FROM attempts a JOIN quizzes z ON z.id = a.quiz_id
    WHERE a.status = 'submitted' AND ${inPeriod('a.submitted_at')} AND a.user_id IN (${LIBRARIANS})
      AND ${courseOf('z.course_id')} AND ($5::uuid IS NULL OR a.cohort_id = $5)`;
  const courseAttempts = await q<{
    courseId: string;
    title: string;
    attempts: number;
    averageScore: number | null;
    passRate: number | null;
  }>(
    `SELECT z.course_id AS "courseId", (SELECT title FROM courses WHERE id = z.course_id) AS title, count(*)::int AS attempts,
            round(avg(a.score), 2)::float8 AS "averageScore",
            round(100.0 * sum(CASE WHEN a.passed THEN 1 ELSE 0 END) / nullif(sum(CASE WHEN a.passed IS NULL THEN 0 ELSE 1 END), 0), 2)::float8 AS "passRate"
     ${attemptsSql} GROUP BY z.course_id`,
  );
  const gains = await q<{ courseId: string; learners: number; pre: number; post: number; gain: number }>(
    `WITH best_post AS (SELECT z.course_id, a.user_id, max(a.score) AS score ${attemptsSql} AND z.role = 'post-test' AND a.score IS NOT NULL
                        GROUP BY z.course_id, a.user_id),
          first_pre AS (SELECT DISTINCT z.course_id, a.user_id,
                          first_value(a.score) OVER (PARTITION BY z.course_id, a.user_id ORDER BY a.submitted_at, a.id) AS score
                          FROM attempts a JOIN quizzes z ON z.id = a.quiz_id
                         WHERE z.role = 'pre-test' AND a.status = 'submitted' AND a.score IS NOT NULL AND ${wibDay('a.submitted_at')} <= $2::date),
          averages AS (SELECT b.course_id, count(*)::int AS learners, round(avg(f.score), 2) AS pre, round(avg(b.score), 2) AS post
                         FROM best_post b JOIN first_pre f ON f.course_id = b.course_id AND f.user_id = b.user_id GROUP BY b.course_id)
     SELECT course_id AS "courseId", learners, pre::float8 AS pre, post::float8 AS post, (post - pre)::float8 AS gain FROM averages`,
  );
  const courseIds = [...new Set([...courseAttempts.map((c) => c.courseId), ...gains.map((g) => g.courseId)])];
  const titles = new Map(
    (
      await q<{ id: string; title: string }>(`SELECT id, title FROM courses WHERE id = ANY($1::uuid[])`, [courseIds])
    ).map((c) => [c.id, c.title]),
  );

  const heldSql = `FROM webinar_sessions w WHERE w.status = 'ended' AND ${inPeriod('w.starts_at')}
    AND ($4::text IS NULL OR w.course_id IN (SELECT id FROM courses WHERE category = $4)) AND ($5::uuid IS NULL OR w.cohort_id = $5)`;
  const [held] = await q<{ sessions: number }>(`SELECT count(*)::int AS sessions ${heldSql}`);
  const [attendance] = await q<{ count: number; minutes: number | null }>(
    `SELECT count(*)::int AS count, round(avg(minutes), 1)::float8 AS minutes FROM webinar_attendance
      WHERE role = 'attendee' AND user_id IN (${LIBRARIANS}) AND session_id IN (SELECT w.id ${heldSql})`,
  );

  const eventSql = `FROM events ev WHERE ev.status = 'published' AND ${inPeriod('ev.starts_at')}`;
  const [events] = await q<{ held: number; librarians: number; guests: number }>(
    `SELECT (SELECT count(*) ${eventSql})::int AS held,
            (SELECT count(*) FROM event_registrations r WHERE r.checked_in_at IS NOT NULL AND r.user_id IN (${LIBRARIANS})
               AND r.event_id IN (SELECT ev.id ${eventSql}))::int AS librarians,
            (SELECT count(*) FROM event_registrations r WHERE r.checked_in_at IS NOT NULL AND r.user_id IS NULL
               AND r.event_id IN (SELECT ev.id ${eventSql}))::int AS guests`,
  );

  const responsesSql = `FROM survey_responses r WHERE r.submitted_on >= $1::date AND r.submitted_on <= $2::date
    AND ($3::uuid IS NULL OR r.institution_id = $3) AND ${courseOf('r.course_id')} AND ($5::uuid IS NULL OR r.cohort_id = $5)`;
  const [responses] = await q<{ count: number }>(`SELECT count(*)::int AS count ${responsesSql}`);
  const ikm = await q<{ surveyId: string; title: string; responses: number; ikm: number }>(
    `SELECT s.id AS "surveyId", s.title,
            (SELECT count(*) ${responsesSql} AND r.survey_id = s.id)::int AS responses,
            (SELECT round(avg(m) * 25, 2) FROM (SELECT avg(a.number_value) AS m FROM survey_answers a
               WHERE a.survey_id = s.id AND a.response_id IN (SELECT r.id ${responsesSql}) GROUP BY a.question_id) e)::float8 AS ikm
       FROM surveys s WHERE s.template_key = 'survei-kepuasan' AND EXISTS (SELECT 1 ${responsesSql} AND r.survey_id = s.id)
      ORDER BY s.title`,
  );

  const visits = await q<{ section: string; views: number; visitors: number }>(
    `SELECT section, sum(views)::int AS views, sum(visitors)::int AS visitors FROM portal_visit_days
      WHERE day >= $1::date AND day <= $2::date GROUP BY section ORDER BY section`,
    [s.from, s.to],
  );
  const all = visits.find((v) => v.section === 'all') ?? { views: 0, visitors: 0 };

  // Active: anything a librarian did in the period, whatever the course filters.
  const activitySql = `SELECT user_id, at FROM (
      SELECT user_id, last_opened_at AS at FROM lesson_progress
      UNION ALL SELECT user_id, enrolled_at FROM enrolments WHERE status IN ('active', 'completed', 'withdrawn')
      UNION ALL SELECT user_id, completed_at FROM course_completions
      UNION ALL SELECT user_id, submitted_at FROM attempts WHERE status = 'submitted'
      UNION ALL SELECT a.user_id, w.starts_at FROM webinar_attendance a JOIN webinar_sessions w ON w.id = a.session_id
                 WHERE w.status = 'ended' AND a.role = 'attendee'
      UNION ALL SELECT r.user_id, ev.starts_at FROM event_registrations r JOIN events ev ON ev.id = r.event_id
                 WHERE ev.status = 'published' AND r.checked_in_at IS NOT NULL) x
    WHERE ${inPeriod('at')} AND user_id IN (${LIBRARIANS})`;
  const [active] = await q<{ count: number }>(`SELECT count(DISTINCT user_id)::int AS count FROM (${activitySql}) y`);
  const activeMonths = await perMonth(
    `SELECT ${month('at')} AS month, count(DISTINCT user_id) AS value FROM (${activitySql}) y GROUP BY 1`,
  );
  const enrolMonths = await perMonth(
    `SELECT ${month('e.enrolled_at')} AS month, count(*) AS value ${enrolmentsSql} GROUP BY 1`,
  );
  const completionMonths = await perMonth(
    `SELECT ${month('cc.completed_at')} AS month, count(*) AS value ${completionsSql} GROUP BY 1`,
  );
  const jpMonths = await perMonth(
    `SELECT ${month('earned_at')} AS month, sum(jp) AS value FROM jp_ledger_entries WHERE ${inPeriod('earned_at')} AND user_id IN (${LIBRARIANS}) GROUP BY 1`,
  );
  const attemptMonths = await perMonth(
    `SELECT ${month('a.submitted_at')} AS month, count(*) AS value ${attemptsSql} GROUP BY 1`,
  );
  const attendanceMonths = await perMonth(
    `SELECT ${month('w.starts_at')} AS month, count(*) AS value FROM webinar_attendance a JOIN webinar_sessions w ON w.id = a.session_id
      WHERE a.role = 'attendee' AND a.user_id IN (${LIBRARIANS}) AND w.id IN (SELECT w.id ${heldSql}) GROUP BY 1`,
  );
  const participantMonths = await perMonth(
    `SELECT ${month('ev.starts_at')} AS month, count(*) AS value FROM event_registrations r JOIN events ev ON ev.id = r.event_id
      WHERE ev.status = 'published' AND ${inPeriod('ev.starts_at')} AND r.checked_in_at IS NOT NULL
        AND (r.user_id IN (${LIBRARIANS}) OR ($3::uuid IS NULL AND r.user_id IS NULL)) GROUP BY 1`,
  );
  const viewMonths = await perMonth(
    `SELECT to_char(day, 'YYYY-MM') AS month, sum(views) AS value FROM portal_visit_days WHERE day BETWEEN $1::date AND $2::date AND section = 'all' GROUP BY 1`,
  );

  const jpHref = `/api/reports/dashboard/below-target?year=${year}${s.institutionId ? `&institutionId=${s.institutionId}` : ''}`;
  const cohortHref = s.cohortId ? `/api/cohorts/${s.cohortId}/enrolments` : null;
  const visitsHref = `/api/reports/visits?from=${s.from}&to=${s.to}`;
  const f = (value: number | null, listHref: string | null = null) => ({ value, listHref });
  const trend = (months: Map<string, number>, m: string) => months.get(m) ?? 0;
  return {
    from: s.from,
    to: s.to,
    institutionId: s.institutionId,
    activeLibrarians: f(active.count),
    learning: {
      enrolments: f(enrolled.all, cohortHref),
      completions: f(completions.count, cohortHref),
      completionRate: f(enrolled.rate),
      medianDaysToComplete: f(completions.median),
    },
    jp: {
      year,
      target: s.target,
      librarians: jpRows.length,
      distribution: bands.map((name) => ({
        band: name,
        librarians: jpRows.filter((row) => band(row.jp) === name).length,
      })),
      belowTarget: f(jpRows.filter((row) => row.jp < s.target).length, jpHref),
    },
    quizzes: {
      attempts: f(courseAttempts.reduce((sum, c) => sum + c.attempts, 0)),
      courses: courseIds
        .map((courseId) => {
          const c = courseAttempts.find((row) => row.courseId === courseId);
          const g = gains.find((row) => row.courseId === courseId);
          return {
            courseId,
            title: titles.get(courseId) ?? '',
            attempts: c?.attempts ?? 0,
            averageScore: c?.averageScore ?? null,
            passRate: c?.passRate ?? null,
            gainLearners: g?.learners ?? 0,
            preAverage: g?.pre ?? null,
            postAverage: g?.post ?? null,
            gain: g?.gain ?? null,
            listHref: `/api/courses/${courseId}/learning-gain`,
          };
        })
        .sort((a, b) => a.title.localeCompare(b.title, 'id')),
    },
    webinars: {
      sessionsHeld: f(held.sessions, '/api/webinars'),
      attendances: f(attendance.count),
      averageMinutes: f(attendance.minutes),
    },
    events: {
      eventsHeld: f(events.held, '/api/events'),
      librarianParticipants: f(events.librarians),
      publicParticipants: f(s.institutionId ? null : events.guests),
    },
    surveys: {
      responses: f(responses.count, '/api/surveys'),
      ikm:
        s.category || s.cohortId ? null : ikm.map((row) => ({ ...row, listHref: `/api/surveys/${row.surveyId}/ikm` })),
    },
    visits: {
      views: f(all.views, visitsHref),
      dailyVisitors: f(all.visitors, visitsHref),
      sections: visits
        .filter((v) => v.section !== 'all')
        .map((v) => ({ section: v.section as never, views: v.views, dailyVisitors: v.visitors })),
    },
    trends: s.months.map(
      (m): DashboardTrendMonth => ({
        month: m,
        activeLibrarians: trend(activeMonths, m),
        enrolments: trend(enrolMonths, m),
        completions: trend(completionMonths, m),
        jpEarned: trend(jpMonths, m),
        quizAttempts: trend(attemptMonths, m),
        webinarAttendances: trend(attendanceMonths, m),
        eventParticipants: trend(participantMonths, m),
        views: trend(viewMonths, m),
      }),
    ),
  };
}
