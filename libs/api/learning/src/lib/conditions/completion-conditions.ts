import { Injectable } from '@nestjs/common';
import type { CompletionConditionKind, CompletionConditionState, Locale } from '@bina-pustaka/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { CourseEntity } from '../entities/course.entity';

export interface CompletionContext {
  userId: string;
  course: CourseEntity;
  manager: EntityManager;
  locale: Locale;
  /**
   * Evaluated to be shown to the learner (the course player), not to decide completion: a
   * condition then keeps back what its domain does not tell them yet (a quiz's result
   * before its review opens) and reports it as not met.
   */
  forLearner: boolean;
}

/**
 * One condition of a course's completion. Learning brings "lessons"; the quiz, webinar and
 * survey domains register theirs when they exist, and courses can then require them.
 */
export interface CompletionCondition {
  kind: CompletionConditionKind;
  /** Whether this course asks for the condition at all (may look at the domain's own tables). */
  appliesTo(course: CourseEntity, manager: EntityManager): boolean | Promise<boolean>;
  evaluate(context: CompletionContext): Promise<Omit<CompletionConditionState, 'kind'>>;
}

@Injectable()
export class CompletionConditionsService {
  private readonly conditions = new Map<CompletionConditionKind, CompletionCondition>();

  register(condition: CompletionCondition): void {
    this.conditions.set(condition.kind, condition);
  }

  isAvailable(kind: CompletionConditionKind): boolean {
    return this.conditions.has(kind);
  }

  /** Every registered condition that this course asks for, evaluated for one learner. */
  async evaluate(context: CompletionContext): Promise<CompletionConditionState[]> {
    const all = [...this.conditions.values()];
    const applies = await Promise.all(all.map((condition) => condition.appliesTo(context.course, context.manager)));
    const applicable = all.filter((_, index) => applies[index]);
    return Promise.all(
      applicable.map(async (condition) => ({ kind: condition.kind, ...(await condition.evaluate(context)) })),
    );
  }
}
