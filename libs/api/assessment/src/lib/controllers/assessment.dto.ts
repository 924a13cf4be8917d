import {
  createQuestionRequestSchema,
  createQuizRequestSchema,
  gradeEssayRequestSchema,
  questionBankImportSchema,
  questionCategoryRequestSchema,
  quizOverrideRequestSchema,
  saveAnswerRequestSchema,
  updateQuestionRequestSchema,
  updateQuizRequestSchema,
  uuidSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CreateQuestionDto extends createZodDto(createQuestionRequestSchema) {}
export class UpdateQuestionDto extends createZodDto(updateQuestionRequestSchema) {}
export class QuestionCategoryDto extends createZodDto(questionCategoryRequestSchema) {}
export class QuestionBankImportDto extends createZodDto(questionBankImportSchema) {}
export class QuestionListQueryDto extends createZodDto(z.strictObject({ categoryId: uuidSchema.optional() })) {}
export class CreateQuizDto extends createZodDto(createQuizRequestSchema) {}
export class UpdateQuizDto extends createZodDto(updateQuizRequestSchema) {}
export class QuizOverrideDto extends createZodDto(quizOverrideRequestSchema) {}
export class SaveAnswerDto extends createZodDto(saveAnswerRequestSchema) {}
export class GradeEssayDto extends createZodDto(gradeEssayRequestSchema) {}
