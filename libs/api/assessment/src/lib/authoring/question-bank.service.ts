import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseParticipationService } from '@bina-pustaka/api-learning';
import { AppError, isUniqueViolation, type Principal } from '@bina-pustaka/api-platform';
import type { Question, QuestionBankExport, QuestionBody, QuestionCategory } from '@bina-pustaka/shared-contracts';
import type {
  createQuestionRequestSchema,
  questionBankImportSchema,
  questionBodySchema,
  updateQuestionRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { QuestionCategoryEntity, QuestionEntity } from '../entities/question.entity';

type CreateQuestion = z.output<typeof createQuestionRequestSchema>;
type UpdateQuestion = z.output<typeof updateQuestionRequestSchema>;
type QuestionBodyInput = z.output<typeof questionBodySchema>;

/** Gives every option, pair side and item an id, keeping the ones the author sent (edits). */
function withIds(body: QuestionBodyInput): QuestionBody {
  const id = (given?: string) => given ?? randomUUID();
  switch (body.type) {
    case 'single-choice':
      return { type: body.type, options: body.options.map((o) => ({ ...o, id: id(o.id), feedback: o.feedback })) };
    case 'multiple-response':
      return {
        type: body.type,
        partialCredit: body.partialCredit,
        options: body.options.map((o) => ({ ...o, id: id(o.id), feedback: o.feedback })),
      };
    case 'matching':
      return {
        type: body.type,
        pairs: body.pairs.map((p) => ({ id: id(p.id), rightId: id(p.rightId), left: p.left, right: p.right })),
      };
    case 'ordering':
      return { type: body.type, items: body.items.map((item) => ({ id: id(item.id), text: item.text })) };
    case 'essay':
      return { type: body.type, rubric: body.rubric ?? null };
    default:
      return body;
  }
}

/** The whole question, key included: for the course's trainers only. */
function toQuestion(entity: QuestionEntity): Question {
  return {
    id: entity.id,
    courseId: entity.courseId,
    categoryId: entity.categoryId,
    prompt: entity.prompt,
    points: entity.points,
    body: entity.body,
    feedback: entity.feedback,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** A course's question bank: categories and questions, authored by the course's editors. */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: CourseParticipationService,
  ) {}

  async categories(actor: Principal, courseId: string): Promise<QuestionCategory[]> {
    await this.participation.editable(actor, courseId);
    const rows: (QuestionCategory & { questionCount: string })[] = await this.dataSource.query(
      `SELECT c.id, c.course_id AS "courseId", c.name,
              count(q.id) FILTER (WHERE q.archived_at IS NULL) AS "questionCount"
         FROM question_categories c LEFT JOIN questions q ON q.category_id = c.id
        WHERE c.course_id = $1 GROUP BY c.id ORDER BY c.name`,
      [courseId],
    );
    return rows.map((row) => ({ ...row, questionCount: Number(row.questionCount) }));
  }

  async createCategory(actor: Principal, courseId: string, name: string): Promise<QuestionCategory> {
    await this.participation.editable(actor, courseId);
    try {
      const saved = await this.dataSource.getRepository(QuestionCategoryEntity).save({ courseId, name });
      return { id: saved.id, courseId, name, questionCount: 0 };
    } catch (error) {
      if (isUniqueViolation(error, 'uq_question_categories_course_name'))
        throw new AppError(409, 'assessment.categoryTaken', { name });
      throw error;
    }
  }

  async list(actor: Principal, courseId: string, categoryId?: string): Promise<Question[]> {
    await this.participation.editable(actor, courseId);
    const questions = await this.dataSource.getRepository(QuestionEntity).find({
      where: { courseId, archivedAt: IsNull(), ...(categoryId ? { categoryId } : {}) },
      order: { createdAt: 'ASC' },
    });
    return questions.map(toQuestion);
  }

  async get(actor: Principal, id: string): Promise<Question> {
    return toQuestion(await this.editable(actor, id));
  }

  async create(actor: Principal, courseId: string, input: CreateQuestion): Promise<Question> {
    await this.participation.editable(actor, courseId);
    const categoryId = input.categoryId ?? null;
    await this.checkCategory(courseId, categoryId);
    const body = withIds(input.body);
    const saved = await this.dataSource.getRepository(QuestionEntity).save({
      courseId,
      categoryId,
      type: body.type,
      prompt: input.prompt,
      points: input.points,
      body,
      feedback: input.feedback,
      archivedAt: null,
    });
    return toQuestion(saved);
  }

  /** Changes a question; a correction goes through AttemptGradingService.correctQuestion, which regrades. */
  async update(actor: Principal, id: string, input: UpdateQuestion): Promise<Question> {
    const question = await this.editable(actor, id);
    if (input.categoryId !== undefined) await this.checkCategory(question.courseId, input.categoryId ?? null);
    const body = input.body ? withIds(input.body) : question.body;
    const repository = this.dataSource.getRepository(QuestionEntity);
    await repository.update(id, {
      ...(input.categoryId !== undefined ? { categoryId: input.categoryId ?? null } : {}),
      ...(input.prompt !== undefined ? { prompt: input.prompt } : {}),
      ...(input.points !== undefined ? { points: input.points } : {}),
      ...(input.feedback !== undefined ? { feedback: input.feedback } : {}),
      type: body.type,
      body,
    });
    return toQuestion(await repository.findOneByOrFail({ id }));
  }

  /** Out of the bank; attempts that used it keep it for their review. */
  async archive(actor: Principal, id: string): Promise<void> {
    await this.editable(actor, id);
    await this.dataSource.getRepository(QuestionEntity).update(id, { archivedAt: new Date() });
  }

  async export(actor: Principal, courseId: string): Promise<QuestionBankExport> {
    await this.participation.editable(actor, courseId);
    const [categories, questions] = await Promise.all([
      this.dataSource.getRepository(QuestionCategoryEntity).find({ where: { courseId }, order: { name: 'ASC' } }),
      this.dataSource
        .getRepository(QuestionEntity)
        .find({ where: { courseId, archivedAt: IsNull() }, order: { createdAt: 'ASC' } }),
    ]);
    const names = new Map(categories.map((category) => [category.id, category.name]));
    return {
      format: 'bina-pustaka.question-bank',
      version: 1,
      categories: categories.map((category) => category.name),
      questions: questions.map((question) => ({
        category: question.categoryId ? (names.get(question.categoryId) ?? null) : null,
        prompt: question.prompt,
        points: question.points,
        body: question.body,
        feedback: question.feedback,
      })),
    };
  }

  /** All or nothing, in one transaction; categories are found or made by name; ids are always new. */
  async import(
    actor: Principal,
    courseId: string,
    file: z.output<typeof questionBankImportSchema>,
  ): Promise<{ imported: number }> {
    await this.participation.editable(actor, courseId);
    return this.dataSource.transaction(async (manager) => {
      const wanted = [...new Set([...file.categories, ...file.questions.map((q) => q.category ?? '')])].filter(
        (name) => name,
      );
      const ids = await this.ensureCategories(manager, courseId, wanted);
      for (const question of file.questions) {
        const body = withIds(stripIds(question.body));
        await manager.getRepository(QuestionEntity).insert({
          courseId,
          categoryId: question.category ? (ids.get(question.category) ?? null) : null,
          type: body.type,
          prompt: question.prompt,
          points: question.points,
          body,
          feedback: question.feedback,
          archivedAt: null,
        });
      }
      return { imported: file.questions.length };
    });
  }

  private async ensureCategories(manager: EntityManager, courseId: string, names: string[]) {
    if (names.length > 0) {
      await manager.query(
        `INSERT INTO question_categories (course_id, name) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [courseId, names],
      );
    }
    const rows = await manager.getRepository(QuestionCategoryEntity).findBy({ courseId });
    return new Map(rows.map((row) => [row.name, row.id]));
  }

  private async checkCategory(courseId: string, categoryId: string | null): Promise<void> {
    if (!categoryId) return;
    const exists = await this.dataSource.getRepository(QuestionCategoryEntity).existsBy({ id: categoryId, courseId });
    if (!exists) throw new AppError(422, 'assessment.categoryNotFound');
  }

  private async editable(actor: Principal, id: string): Promise<QuestionEntity> {
    const question = await this.dataSource.getRepository(QuestionEntity).findOneBy({ id, archivedAt: IsNull() });
    if (!question) throw new AppError(404, 'assessment.questionNotFound');
    await this.participation.editable(actor, question.courseId);
    return question;
  }
}

/** Imported questions get fresh ids so two courses never share them. */
function stripIds(body: QuestionBodyInput): QuestionBodyInput {
  switch (body.type) {
    case 'single-choice':
    case 'multiple-response':
      return { ...body, options: body.options.map((option) => ({ ...option, id: undefined })) };
    case 'matching':
      return { ...body, pairs: body.pairs.map((pair) => ({ ...pair, id: undefined, rightId: undefined })) };
    case 'ordering':
      return { ...body, items: body.items.map((item) => ({ ...item, id: undefined })) };
    default:
      return body;
  }
}
