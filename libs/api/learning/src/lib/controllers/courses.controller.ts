import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequestLocale,
  RequireRoles,
  Responds,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  CohortSummary,
  CompletionConditionAvailability,
  CourseDetail,
  CourseProgressReport,
  CourseSummary,
  Locale,
  Page,
} from '@bina-pustaka/shared-contracts';
import { COMPLETION_CONDITION_KINDS } from '@bina-pustaka/shared-contracts';
import {
  cohortSummarySchema,
  completionConditionAvailabilitySchema,
  courseDetailSchema,
  coursePageSchema,
  courseProgressReportSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { CompletionConditionsService } from '../conditions/completion-conditions';
import { CohortsService } from '../services/cohorts.service';
import { CoursesService } from '../services/courses.service';
import { OutlineService } from '../services/outline.service';
import { ProgressReportService } from '../services/progress-report.service';
import {
  CourseListQueryDto,
  CourseProgressQueryDto,
  CreateCohortDto,
  CreateCourseDto,
  CreateLessonDto,
  ModuleDto,
  ReorderOutlineDto,
  UpdateCourseDto,
  UpdateLessonDto,
} from './learning.dto';

const AUTHORS = ['trainer', 'coordinator', 'admin'] as const;

/** Course authoring: trainers their own courses, coordinators and admins every course. */
@ApiTags('courses')
@ApiBearerAuth()
@RequireRoles(...AUTHORS)
@Controller()
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly outline: OutlineService,
    private readonly cohorts: CohortsService,
    private readonly progress: ProgressReportService,
    private readonly conditions: CompletionConditionsService,
  ) {}

  @Get('courses')
  @ApiOperation({ summary: 'Courses I may edit (all of them for coordinators and admins)' })
  @Responds(coursePageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: CourseListQueryDto): Promise<Page<CourseSummary>> {
    return this.courses.list(actor, query);
  }

  @Post('courses')
  @ApiOperation({ summary: 'Start a course (as a draft)' })
  @Responds(courseDetailSchema, 201)
  create(@CurrentPrincipal() actor: Principal, @Body() body: CreateCourseDto): Promise<CourseDetail> {
    return this.courses.create(actor, body);
  }

  @Get('courses/:id')
  @ApiOperation({ summary: 'A course with its modules and lessons' })
  @Responds(courseDetailSchema)
  detail(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CourseDetail> {
    return this.courses.detail(actor, id);
  }

  @Patch('courses/:id')
  @ApiOperation({ summary: 'Change a course: details, co-trainers, prerequisites, completion rules' })
  @Responds(courseDetailSchema)
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseDetail> {
    return this.courses.update(actor, id, body);
  }

  @Post('courses/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft: learners can find it in the catalog' })
  @NoBody()
  @Responds(courseDetailSchema)
  publish(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CourseDetail> {
    return this.courses.publish(actor, id);
  }

  @Post('courses/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a published course (history and JP stay)' })
  @NoBody()
  @Responds(courseDetailSchema)
  archive(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CourseDetail> {
    return this.courses.archive(actor, id);
  }

  @Post('courses/:id/modules')
  @ApiOperation({ summary: 'Add a module at the end' })
  @Responds(courseDetailSchema, 201)
  addModule(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ModuleDto,
  ): Promise<CourseDetail> {
    return this.outline.addModule(actor, id, body.title);
  }

  @Patch('modules/:id')
  @ApiOperation({ summary: 'Rename a module' })
  @Responds(courseDetailSchema)
  renameModule(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ModuleDto,
  ): Promise<CourseDetail> {
    return this.outline.renameModule(actor, id, body.title);
  }

  @Delete('modules/:id')
  @ApiOperation({ summary: 'Delete a module and its lessons (refused when learners worked on them)' })
  @Responds(courseDetailSchema)
  deleteModule(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CourseDetail> {
    return this.outline.deleteModule(actor, id);
  }

  @Post('modules/:id/lessons')
  @ApiOperation({ summary: 'Add a lesson (text, video, file or link) at the end of a module' })
  @Responds(courseDetailSchema, 201)
  addLesson(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateLessonDto,
  ): Promise<CourseDetail> {
    return this.outline.addLesson(actor, id, body);
  }

  @Patch('lessons/:id')
  @ApiOperation({ summary: 'Change a lesson (its kind stays)' })
  @Responds(courseDetailSchema)
  updateLesson(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateLessonDto,
  ): Promise<CourseDetail> {
    return this.outline.updateLesson(actor, id, body);
  }

  @Delete('lessons/:id')
  @ApiOperation({ summary: 'Delete a lesson (refused when learners worked on it)' })
  @Responds(courseDetailSchema)
  deleteLesson(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<CourseDetail> {
    return this.outline.deleteLesson(actor, id);
  }

  @Put('courses/:id/outline')
  @ApiOperation({ summary: 'Reorder modules and lessons; refused when the outline changed since it was read' })
  @Responds(courseDetailSchema)
  @AlsoResponds(409, 'The outline changed since it was read: read it again')
  reorder(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReorderOutlineDto,
  ): Promise<CourseDetail> {
    return this.outline.reorder(actor, id, body);
  }

  @Get('courses/:id/progress')
  @ApiOperation({ summary: 'Progress of each learner, module by module, and where they are stuck' })
  @Responds(courseProgressReportSchema)
  progressReport(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: CourseProgressQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<CourseProgressReport> {
    return this.progress.report(actor, id, query.cohortId, locale);
  }

  @Post('courses/:id/cohorts')
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Open a cohort (angkatan) of a published course' })
  @Responds(cohortSummarySchema, 201)
  createCohort(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateCohortDto,
  ): Promise<CohortSummary> {
    return this.cohorts.create(actor, id, body);
  }

  @Get('completion-conditions')
  @ApiOperation({ summary: 'Which completion conditions courses can require today' })
  @Responds([completionConditionAvailabilitySchema])
  completionConditions(): CompletionConditionAvailability[] {
    return COMPLETION_CONDITION_KINDS.map((kind) => ({ kind, available: this.conditions.isAvailable(kind) }));
  }
}
