import {
  catalogQuerySchema,
  cohortListQuerySchema,
  courseListQuerySchema,
  courseProgressQuerySchema,
  createCohortRequestSchema,
  createCourseRequestSchema,
  createLessonRequestSchema,
  createMaterialRequestSchema,
  enrolmentListQuerySchema,
  enrolUsersRequestSchema,
  extendEnrolmentRequestSchema,
  jpLedgerQuerySchema,
  materialListQuerySchema,
  moduleRequestSchema,
  moveEnrolmentRequestSchema,
  progressReportRequestSchema,
  reorderOutlineRequestSchema,
  updateCohortRequestSchema,
  updateCourseRequestSchema,
  updateLessonRequestSchema,
  updateMaterialRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class CourseListQueryDto extends createZodDto(courseListQuerySchema) {}
export class CreateCourseDto extends createZodDto(createCourseRequestSchema) {}
export class UpdateCourseDto extends createZodDto(updateCourseRequestSchema) {}
export class ModuleDto extends createZodDto(moduleRequestSchema) {}
export class CreateLessonDto extends createZodDto(createLessonRequestSchema) {}
export class UpdateLessonDto extends createZodDto(updateLessonRequestSchema) {}
export class ReorderOutlineDto extends createZodDto(reorderOutlineRequestSchema) {}
export class CourseProgressQueryDto extends createZodDto(courseProgressQuerySchema) {}
export class CreateCohortDto extends createZodDto(createCohortRequestSchema) {}
export class UpdateCohortDto extends createZodDto(updateCohortRequestSchema) {}
export class CohortListQueryDto extends createZodDto(cohortListQuerySchema) {}
export class EnrolUsersDto extends createZodDto(enrolUsersRequestSchema) {}
export class EnrolmentListQueryDto extends createZodDto(enrolmentListQuerySchema) {}
export class MoveEnrolmentDto extends createZodDto(moveEnrolmentRequestSchema) {}
export class ExtendEnrolmentDto extends createZodDto(extendEnrolmentRequestSchema) {}
export class CatalogQueryDto extends createZodDto(catalogQuerySchema) {}
export class ProgressReportDto extends createZodDto(progressReportRequestSchema) {}
export class JpLedgerQueryDto extends createZodDto(jpLedgerQuerySchema) {}
export class CreateMaterialDto extends createZodDto(createMaterialRequestSchema) {}
export class UpdateMaterialDto extends createZodDto(updateMaterialRequestSchema) {}
export class MaterialListQueryDto extends createZodDto(materialListQuerySchema) {}
