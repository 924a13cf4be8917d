import { Injectable, type OnModuleInit } from '@nestjs/common';
import { translate } from '@bina-pustaka/api-platform';
import { CompletionConditionsService, type CompletionCondition, type CompletionContext } from './completion-conditions';

/** Every required lesson of the course is done. Always part of a course's rules. */
@Injectable()
export class LessonsCondition implements CompletionCondition, OnModuleInit {
  readonly kind = 'lessons' as const;

  constructor(private readonly conditions: CompletionConditionsService) {}

  onModuleInit(): void {
    this.conditions.register(this);
  }

  appliesTo(): boolean {
    return true;
  }

  async evaluate({ userId, course, manager, locale }: CompletionContext) {
    const [row] = await manager.query(
      `SELECT count(*)::int AS total,
              count(p.lesson_id) FILTER (WHERE p.state = 'done')::int AS done
         FROM lessons l
         LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.user_id = $2
        WHERE l.course_id = $1 AND l.required`,
      [course.id, userId],
    );
    const total = Number(row.total);
    const done = Number(row.done);
    return { met: done >= total, detail: translate(locale, 'conditions.lessons', { done, total }) };
  }
}
