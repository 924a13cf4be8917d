import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  RequestLocale,
  Responds,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { AttemptView, LearnerQuizInfo, Locale, SavedAnswer } from '@bina-pustaka/shared-contracts';
import { attemptViewSchema, learnerQuizInfoSchema, savedAnswerSchema } from '@bina-pustaka/shared-contracts/schemas';
import { AttemptsService } from '../attempts/attempts.service';
import { SaveAnswerDto } from './assessment.dto';

/**
 * Taking quizzes: any signed-in enrolled learner, and only their own attempts (another
 * learner's attempt id answers 404).
 */
@ApiTags('quizzes')
@ApiBearerAuth()
@Authenticated()
@Controller()
export class QuizTakingController {
  constructor(private readonly attempts: AttemptsService) {}

  @Get('learn/courses/:courseId/quizzes')
  @ApiOperation({ summary: "The course's quizzes with my attempts (scores only as the review policy allows)" })
  @Responds([learnerQuizInfoSchema])
  courseQuizzes(
    @CurrentPrincipal() actor: Principal,
    @Param('courseId', ParseIdPipe) courseId: string,
    @RequestLocale() locale: Locale,
  ): Promise<LearnerQuizInfo[]> {
    return this.attempts.courseQuizzes(actor, courseId, locale);
  }

  @Get('learn/quizzes/:quizId')
  @ApiOperation({ summary: 'A quiz before starting: rules, my attempts' })
  @Responds(learnerQuizInfoSchema)
  quiz(
    @CurrentPrincipal() actor: Principal,
    @Param('quizId', ParseIdPipe) quizId: string,
    @RequestLocale() locale: Locale,
  ): Promise<LearnerQuizInfo> {
    return this.attempts.quiz(actor, quizId, locale);
  }

  @Post('learn/quizzes/:quizId/attempts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start an attempt, or resume the running one: questions and deadline fixed by the server' })
  @NoBody()
  @Responds(attemptViewSchema)
  start(
    @CurrentPrincipal() actor: Principal,
    @Param('quizId', ParseIdPipe) quizId: string,
    @RequestLocale() locale: Locale,
  ): Promise<AttemptView> {
    return this.attempts.start(actor, quizId, locale);
  }

  @Get('quiz-attempts/:id')
  @ApiOperation({ summary: 'My attempt: questions and my answers; the review once the policy allows' })
  @Responds(attemptViewSchema)
  view(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<AttemptView> {
    return this.attempts.view(actor, id);
  }

  @Put('quiz-attempts/:id/answers/:questionId')
  @ApiOperation({ summary: 'Autosave one answer (idempotent; an older seq never overwrites a newer one)' })
  @Responds(savedAnswerSchema)
  save(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @Body() body: SaveAnswerDto,
  ): Promise<SavedAnswer> {
    return this.attempts.save(actor, id, questionId, body);
  }

  @Post('quiz-attempts/:id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit: graded at once (essays wait for the trainer); a second submit changes nothing' })
  @NoBody()
  @Responds(attemptViewSchema)
  submit(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<AttemptView> {
    return this.attempts.submit(actor, id);
  }
}
