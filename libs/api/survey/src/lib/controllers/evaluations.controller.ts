import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  CurrentPrincipal,
  ParseIdPipe,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { SurveyStep } from '@bina-pustaka/shared-contracts';
import { surveyStepSchema } from '@bina-pustaka/shared-contracts/schemas';
import { CourseEvaluationsService } from '../evaluation/course-evaluations.service';
import { WebinarEvaluationsService } from '../evaluation/webinar-evaluations.service';
import { CourseEvaluationDto, WebinarEvaluationDto } from './evaluation.dto';

/**
 * Evaluation surveys of courses and webinar sessions, under the course's and the session's
 * own paths. Anyone signed in may ask; the services check the object: a course's editors
 * (a session's managers) set it, its learners (participants) see their step, a stranger
 * gets 404 and someone who may see but not change it 403.
 */
@ApiTags('surveys')
@ApiBearerAuth()
@Authenticated()
@Controller()
export class EvaluationsController {
  constructor(
    private readonly courses: CourseEvaluationsService,
    private readonly webinars: WebinarEvaluationsService,
  ) {}

  @Get('courses/:id/evaluation')
  @ApiOperation({ summary: "The course's evaluation step, answered or not (its learners and those who run it)" })
  @Responds(surveyStepSchema)
  courseStep(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<SurveyStep> {
    return this.courses.stepFor(actor, id);
  }

  @Put('courses/:id/evaluation')
  @ApiOperation({ summary: 'Require a survey before the course completes (its editors)' })
  @Responds(surveyStepSchema)
  attachToCourse(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CourseEvaluationDto,
  ): Promise<SurveyStep> {
    return this.courses.attach(actor, id, body.surveyId);
  }

  @Delete('courses/:id/evaluation')
  @HttpCode(204)
  @ApiOperation({ summary: 'Require no survey any more (its editors)' })
  @RespondsEmpty()
  detachFromCourse(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.courses.detach(actor, id);
  }

  @Get('webinars/:id/evaluation')
  @ApiOperation({ summary: "The session's evaluation step, answered or not (its participants and managers)" })
  @Responds(surveyStepSchema)
  webinarStep(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<SurveyStep> {
    return this.webinars.stepFor(actor, id);
  }

  @Put('webinars/:id/evaluation')
  @ApiOperation({ summary: 'Offer a survey when the session ends, optionally required for its certificate (managers)' })
  @Responds(surveyStepSchema)
  attachToWebinar(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: WebinarEvaluationDto,
  ): Promise<SurveyStep> {
    return this.webinars.attach(actor, id, body);
  }

  @Delete('webinars/:id/evaluation')
  @HttpCode(204)
  @ApiOperation({ summary: 'Offer no survey any more (managers)' })
  @RespondsEmpty()
  detachFromWebinar(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.webinars.detach(actor, id);
  }
}
