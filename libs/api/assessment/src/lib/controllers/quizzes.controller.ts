import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  contentDisposition,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  EssayToGrade,
  LearningGain,
  Quiz,
  QuizOverride,
  QuizResults,
  StaffAttempt,
} from '@bina-pustaka/shared-contracts';
import {
  essayToGradeSchema,
  learningGainSchema,
  quizOverrideSchema,
  quizResultsSchema,
  quizSchema,
  staffAttemptSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { AttemptGradingService } from '../grading/attempt-grading.service';
import { QuizResultsService } from '../results/quiz-results.service';
import { QuizzesService } from '../authoring/quizzes.service';
import { CreateQuizDto, GradeEssayDto, QuizOverrideDto, UpdateQuizDto } from './assessment.dto';

const AUTHORS = ['trainer', 'coordinator', 'admin'] as const;

/** Quizzes, overrides, grading and results: the course's trainers, coordinators and admins. */
@ApiTags('assessment')
@ApiBearerAuth()
@RequireRoles(...AUTHORS)
@Controller()
export class QuizzesController {
  constructor(
    private readonly quizzes: QuizzesService,
    private readonly results: QuizResultsService,
    private readonly grading: AttemptGradingService,
  ) {}

  @Get('courses/:id/quizzes')
  @ApiOperation({ summary: "The course's quizzes" })
  @Responds([quizSchema])
  list(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<Quiz[]> {
    return this.quizzes.list(actor, id);
  }

  @Get('courses/:id/learning-gain')
  @ApiOperation({ summary: 'Pre-test and post-test averages per cohort' })
  @Responds(learningGainSchema)
  learningGain(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<LearningGain> {
    return this.results.learningGain(actor, id);
  }

  @Post('quizzes')
  @ApiOperation({ summary: 'Add a quiz to a module' })
  @Responds(quizSchema, 201)
  create(@CurrentPrincipal() actor: Principal, @Body() body: CreateQuizDto): Promise<Quiz> {
    return this.quizzes.create(actor, body);
  }

  @Get('quizzes/:id')
  @ApiOperation({ summary: 'One quiz with its settings' })
  @Responds(quizSchema)
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<Quiz> {
    return this.quizzes.get(actor, id);
  }

  @Patch('quizzes/:id')
  @ApiOperation({ summary: 'Change settings (running attempts keep their questions and deadline)' })
  @Responds(quizSchema)
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateQuizDto,
  ): Promise<Quiz> {
    return this.quizzes.update(actor, id, body);
  }

  @Delete('quizzes/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a quiz nobody attempted (409 otherwise)' })
  @RespondsEmpty()
  @AlsoResponds(409, 'Someone attempted it already')
  remove(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.quizzes.remove(actor, id);
  }

  @Get('quizzes/:id/overrides')
  @ApiOperation({ summary: 'Per-learner exceptions: extra time, extra attempts, other dates' })
  @Responds([quizOverrideSchema])
  overrides(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<QuizOverride[]> {
    return this.quizzes.overrides(actor, id);
  }

  @Put('quizzes/:id/overrides/:userId')
  @ApiOperation({ summary: "Set one learner's exceptions" })
  @Responds(quizOverrideSchema)
  setOverride(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('userId', ParseIdPipe) userId: string,
    @Body() body: QuizOverrideDto,
  ): Promise<QuizOverride> {
    return this.quizzes.setOverride(actor, id, userId, body);
  }

  @Delete('quizzes/:id/overrides/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove one learner's exceptions" })
  @RespondsEmpty()
  removeOverride(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('userId', ParseIdPipe) userId: string,
  ): Promise<void> {
    return this.quizzes.removeOverride(actor, id, userId);
  }

  @Get('quizzes/:id/attempts')
  @ApiOperation({ summary: 'Every attempt with its score' })
  @Responds([staffAttemptSchema])
  attempts(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<StaffAttempt[]> {
    return this.results.attempts(actor, id);
  }

  @Get('quizzes/:id/essays')
  @ApiOperation({ summary: 'The grading queue: essay answers nobody graded yet' })
  @Responds([essayToGradeSchema])
  essays(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<EssayToGrade[]> {
    return this.results.essaysToGrade(actor, id);
  }

  @Put('quiz-attempts/:id/answers/:questionId/grade')
  @ApiOperation({ summary: 'Grade an essay answer with a rubric comment' })
  @Responds(staffAttemptSchema)
  async grade(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @Body() body: GradeEssayDto,
  ): Promise<StaffAttempt> {
    const attempt = await this.results.staffAttempt(actor, id);
    await this.grading.gradeEssay(id, questionId, actor.userId, body.points, body.comment ?? null);
    return (await this.results.attempts(actor, attempt.quizId)).find((a) => a.id === id) as StaffAttempt;
  }

  @Get('quizzes/:id/results')
  @ApiOperation({ summary: 'Score distribution, pass rate and item analysis' })
  @Responds(quizResultsSchema)
  quizResults(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<QuizResults> {
    return this.results.results(actor, id);
  }

  @Get('quizzes/:id/results.csv')
  @ApiOperation({ summary: 'One row per learner: attempts, score, passed (CSV)' })
  @RespondsWithFile('text/csv')
  async csv(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.results.csv(actor, id);
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', contentDisposition('attachment', `hasil-kuis-${id}.csv`))
      .send(csv);
  }
}
