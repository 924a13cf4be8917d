import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService, type DirectoryUser } from '@bina-pustaka/api-identity';
import { CourseAudienceService } from '@bina-pustaka/api-learning';
import { WebinarLedgerReaderService } from '@bina-pustaka/api-webinar';
import { DataSource } from 'typeorm';
import type { EvaluationContext } from '../shared/evaluation-links';
import { courseContextKey, webinarContextKey } from '../shared/survey-context-keys';

/** One course's or webinar session's evaluation that can be answered now, and who is due for it. */
export interface DueEvaluation {
  surveyId: string;
  surveyTitle: string;
  closesAt: Date | null;
  contextKey: string;
  context: EvaluationContext;
  /** The course's or the session's title. */
  subjectTitle: string;
  /** Active accounts, and since when each is due (the session's end, the last required lesson done). */
  due: { person: DirectoryUser; since: Date }[];
}

interface OpenEvaluation {
  surveyId: string;
  title: string;
  closesAt: Date | null;
  kind: 'course' | 'webinar';
  subjectId: string;
}

/**
 * Who is due for an evaluation on a given moment: of every course and webinar session whose
 * evaluation survey is published, open and not closed, the session's settled attendees
 * once it has ended, and the course's learners who have done every required lesson and
 * have no completion yet (the evaluation is their last step before the certificate and the
 * JP). Inactive accounts are left out; whether someone has answered is decided where the
 * reminder is claimed (SurveyRemindersService), in the same statement.
 */
@Injectable()
export class SurveyReminderAudienceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseAudienceService,
    private readonly ledger: WebinarLedgerReaderService,
    private readonly directory: UserDirectoryService,
  ) {}

  async due(at: Date): Promise<DueEvaluation[]> {
    const open = await this.openEvaluations(at);
    const courseTitles = await this.courses.courseTitles(
      open.filter((row) => row.kind === 'course').map((row) => row.subjectId),
    );
    const evaluations: DueEvaluation[] = [];
    for (const row of open) {
      const found = row.kind === 'course' ? await this.courseDue(row, courseTitles) : await this.webinarDue(row);
      if (!found || found.due.length === 0) continue;
      const people = await this.directory.byIds(found.due.map((each) => each.userId));
      const due = found.due.flatMap(({ userId, since }) => {
        const person = people.get(userId);
        return person?.status === 'active' && since <= at ? [{ person, since }] : [];
      });
      evaluations.push({
        surveyId: row.surveyId,
        surveyTitle: row.title,
        closesAt: row.closesAt,
        ...found.subject,
        due,
      });
    }
    return evaluations;
  }

  /** Evaluations people can answer at `at`: published, opened, not closed (templates are never attached). */
  private openEvaluations(at: Date): Promise<OpenEvaluation[]> {
    const open = `s.status = 'published' AND NOT s.is_template
      AND (s.opens_at IS NULL OR s.opens_at <= $1) AND (s.closes_at IS NULL OR s.closes_at > $1)`;
    return this.dataSource.query(
      `SELECT s.id AS "surveyId", s.title, s.closes_at AS "closesAt", 'course' AS kind, e.course_id AS "subjectId"
         FROM survey_course_evaluations e JOIN surveys s ON s.id = e.survey_id WHERE ${open}
       UNION ALL
       SELECT s.id, s.title, s.closes_at, 'webinar', e.webinar_session_id
         FROM survey_webinar_evaluations e JOIN surveys s ON s.id = e.survey_id WHERE ${open}`,
      [at],
    );
  }

  private async courseDue(row: OpenEvaluation, titles: Map<string, string>) {
    const title = titles.get(row.subjectId);
    if (title === undefined) return null;
    return {
      subject: {
        contextKey: courseContextKey(row.subjectId),
        context: { courseId: row.subjectId },
        subjectTitle: title,
      },
      due: await this.courses.lessonsDoneNotCompleted(row.subjectId),
    };
  }

  /** A session's attendees once it has ended (its attendance is settled then). */
  private async webinarDue(row: OpenEvaluation) {
    const session = await this.ledger.session(row.subjectId);
    const endedAt = session?.endedAt;
    if (!session || !endedAt) return null;
    const attendance = await this.ledger.settledAttendance(session.id);
    return {
      subject: {
        contextKey: webinarContextKey(session.id),
        context: { webinarSessionId: session.id },
        subjectTitle: session.title,
      },
      due: attendance
        .filter((each) => each.role === 'attendee')
        .map((each) => ({ userId: each.userId, since: endedAt })),
    };
  }
}
