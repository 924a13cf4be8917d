import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containsPattern } from '@bina-pustaka/api-platform';
import type { Role, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';

/** What someone is to a course's shared spaces (its forum): they run it, take part, or neither. */
export type CourseMemberRole = 'moderator' | 'member' | 'none';

export interface CourseMembership {
  role: CourseMemberRole;
  title: string;
}

const isStaff = (roles: readonly Role[]) => roles.includes('admin') || roles.includes('coordinator');

/**
 * Who belongs to a course beyond its lessons, for domains that give each course a space of
 * its own (the forum): learners with an active or completed enrolment, the trainers (owner
 * and co-trainers), coordinators and admins. Draft courses have no members yet.
 */
@Injectable()
export class CourseMembershipService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person's role in the course and its title (null: no such course, or a draft). */
  async membership(
    person: { userId: string; roles: readonly Role[] },
    courseId: string,
  ): Promise<CourseMembership | null> {
    const [row]: { title: string; trainer: boolean; learner: boolean }[] = await this.dataSource.query(
      `SELECT c.title,
              (c.owner_id = $2 OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = c.id AND t.user_id = $2)) AS trainer,
              EXISTS (SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = $2
                         AND e.status IN ('active', 'completed')) AS learner
         FROM courses c WHERE c.id = $1 AND c.status <> 'draft'`,
      [courseId, person.userId],
    );
    if (!row) return null;
    const role: CourseMemberRole = isStaff(person.roles) || row.trainer ? 'moderator' : row.learner ? 'member' : 'none';
    return { role, title: row.title };
  }

  /** The courses whose spaces the person may enter, by title. */
  async readableCourses(person: { userId: string; roles: readonly Role[] }): Promise<{ id: string; title: string }[]> {
    return this.dataSource.query(
      `SELECT c.id, c.title FROM courses c
        WHERE c.status <> 'draft'
          AND ($2 OR c.owner_id = $1
               OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = c.id AND t.user_id = $1)
               OR EXISTS (SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = $1
                            AND e.status IN ('active', 'completed')))
        ORDER BY lower(c.title), c.id`,
      [person.userId, isStaff(person.roles)],
    );
  }

  /** Of these people, the active ones who may enter the course's space. */
  async membersAmong(courseId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM users u, courses c
        WHERE u.id = ANY($2::uuid[]) AND u.status = 'active' AND c.id = $1 AND c.status <> 'draft'
          AND (u.roles && ARRAY['coordinator', 'admin']::text[] OR c.owner_id = u.id
               OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = c.id AND t.user_id = u.id)
               OR EXISTS (SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = u.id
                            AND e.status IN ('active', 'completed')))`,
      [courseId, [...new Set(userIds)]],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The course's trainers, author first, then co-trainers by name (e.g. the speakers a course's evaluation asks about). */
  async trainers(courseId: string): Promise<UserRef[]> {
    return this.dataSource.query(
      `SELECT u.id, u.full_name AS "fullName" FROM courses c
         JOIN users u ON u.id = c.owner_id
             OR u.id IN (SELECT t.user_id FROM course_trainers t WHERE t.course_id = c.id)
        WHERE c.id = $1
        ORDER BY u.id <> c.owner_id, lower(u.full_name), u.id`,
      [courseId],
    );
  }

  /** The course's learners and trainers whose name contains the text (for a mention picker). */
  async peopleNamed(courseId: string, text: string, limit: number): Promise<UserRef[]> {
    return this.dataSource.query(
      `SELECT u.id, u.full_name AS "fullName" FROM users u, courses c
        WHERE c.id = $1 AND u.status = 'active' AND u.full_name ILIKE $2
          AND (c.owner_id = u.id
               OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = c.id AND t.user_id = u.id)
               OR EXISTS (SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = u.id
                            AND e.status IN ('active', 'completed')))
        ORDER BY lower(u.full_name), u.id LIMIT $3`,
      [courseId, containsPattern(text), limit],
    );
  }
}
