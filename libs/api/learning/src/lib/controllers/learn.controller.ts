import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  CurrentPrincipal,
  ParseIdPipe,
  RequestLocale,
  Responds,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  CatalogCourse,
  CatalogCourseDetail,
  JpLedger,
  LearnerCourse,
  LearnerLesson,
  Locale,
  MyLearning,
  Page,
  ProgressResult,
} from '@bina-pustaka/shared-contracts';
import {
  catalogCourseDetailSchema,
  catalogPageSchema,
  jpLedgerSchema,
  learnerCourseSchema,
  learnerLessonSchema,
  myLearningSchema,
  progressResultSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { CatalogService } from '../services/catalog.service';
import { LearnerService } from '../services/learner.service';
import { MyLearningService } from '../services/my-learning.service';
import { CatalogQueryDto, JpLedgerQueryDto, ProgressReportDto } from './learning.dto';

/** What every signed-in librarian uses: the catalog, the course player, my learning and JP. */
@ApiTags('learn')
@ApiBearerAuth()
@Authenticated()
@Controller()
export class LearnController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly learner: LearnerService,
    private readonly mine: MyLearningService,
  ) {}

  @Get('catalog')
  @ApiOperation({ summary: 'Published courses: search (Indonesian full text) and filters' })
  @Responds(catalogPageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: CatalogQueryDto): Promise<Page<CatalogCourse>> {
    return this.catalog.list(actor, query);
  }

  @Get('catalog/:courseId')
  @ApiOperation({ summary: 'A course page: outline, prerequisites, cohorts I can join' })
  @Responds(catalogCourseDetailSchema)
  course(
    @CurrentPrincipal() actor: Principal,
    @Param('courseId', ParseIdPipe) courseId: string,
    @RequestLocale() locale: Locale,
  ): Promise<CatalogCourseDetail> {
    return this.catalog.detail(actor, courseId, locale);
  }

  @Get('learn/courses/:courseId')
  @ApiOperation({ summary: 'The course player: outline with my progress and where to resume' })
  @Responds(learnerCourseSchema)
  learnCourse(
    @CurrentPrincipal() actor: Principal,
    @Param('courseId', ParseIdPipe) courseId: string,
    @RequestLocale() locale: Locale,
  ): Promise<LearnerCourse> {
    return this.learner.course(actor, courseId, locale);
  }

  @Get('learn/lessons/:lessonId')
  @ApiOperation({ summary: 'One lesson of a course I am enrolled in' })
  @Responds(learnerLessonSchema)
  lesson(
    @CurrentPrincipal() actor: Principal,
    @Param('lessonId', ParseIdPipe) lessonId: string,
    @RequestLocale() locale: Locale,
  ): Promise<LearnerLesson> {
    return this.learner.lesson(actor, lessonId, locale);
  }

  @Post('learn/lessons/:lessonId/progress')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report progress on a lesson; completes the course when its rules are met' })
  @Responds(progressResultSchema)
  progress(
    @CurrentPrincipal() actor: Principal,
    @Param('lessonId', ParseIdPipe) lessonId: string,
    @Body() body: ProgressReportDto,
    @RequestLocale() locale: Locale,
  ): Promise<ProgressResult> {
    return this.learner.progress(actor, lessonId, body, locale);
  }

  @Get('me/learning')
  @ApiOperation({ summary: 'My current, completed and upcoming courses' })
  @Responds(myLearningSchema)
  myLearning(@CurrentPrincipal() actor: Principal): Promise<MyLearning> {
    return this.mine.overview(actor);
  }

  @Get('me/jp-ledger')
  @ApiOperation({ summary: 'My learning hours (JP) of a year against the yearly target' })
  @Responds(jpLedgerSchema)
  ledger(@CurrentPrincipal() actor: Principal, @Query() query: JpLedgerQueryDto): Promise<JpLedger> {
    return this.mine.ledger(actor, query.year);
  }

  @Get('me/jp-ledger/export.csv')
  @ApiOperation({ summary: 'My JP ledger of a year as CSV' })
  @RespondsWithFile('text/csv')
  async ledgerCsv(
    @CurrentPrincipal() actor: Principal,
    @Query() query: JpLedgerQueryDto,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { fileName, body } = await this.mine.ledgerCsv(actor, query.year, locale);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${fileName}"`);
    return body;
  }
}
