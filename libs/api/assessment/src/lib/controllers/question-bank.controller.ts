import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  Question,
  QuestionBankExport,
  QuestionBankImportResult,
  QuestionCategory,
} from '@bina-pustaka/shared-contracts';
import {
  questionBankExportSchema,
  questionBankImportResultSchema,
  questionCategorySchema,
  questionSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { QuestionBankService } from '../authoring/question-bank.service';
import { AttemptGradingService } from '../grading/attempt-grading.service';
import {
  CreateQuestionDto,
  QuestionBankImportDto,
  QuestionCategoryDto,
  QuestionListQueryDto,
  UpdateQuestionDto,
} from './assessment.dto';

const AUTHORS = ['trainer', 'coordinator', 'admin'] as const;

/** A course's question bank: its trainers, coordinators and admins (object checks in the service). */
@ApiTags('assessment')
@ApiBearerAuth()
@RequireRoles(...AUTHORS)
@Controller()
export class QuestionBankController {
  constructor(
    private readonly bank: QuestionBankService,
    private readonly grading: AttemptGradingService,
  ) {}

  @Get('courses/:id/question-categories')
  @ApiOperation({ summary: "The course's question categories with their question counts" })
  @Responds([questionCategorySchema])
  categories(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<QuestionCategory[]> {
    return this.bank.categories(actor, id);
  }

  @Post('courses/:id/question-categories')
  @ApiOperation({ summary: 'Add a category (409 when the name is taken)' })
  @Responds(questionCategorySchema, 201)
  @AlsoResponds(409, 'The course has a category of that name')
  createCategory(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: QuestionCategoryDto,
  ): Promise<QuestionCategory> {
    return this.bank.createCategory(actor, id, body.name);
  }

  @Get('courses/:id/questions')
  @ApiOperation({ summary: 'The bank, keys included, optionally one category' })
  @Responds([questionSchema])
  list(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: QuestionListQueryDto,
  ): Promise<Question[]> {
    return this.bank.list(actor, id, query.categoryId);
  }

  @Post('courses/:id/questions')
  @ApiOperation({ summary: 'Add a question of any type' })
  @Responds(questionSchema, 201)
  create(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateQuestionDto,
  ): Promise<Question> {
    return this.bank.create(actor, id, body);
  }

  @Get('courses/:id/questions/export')
  @ApiOperation({ summary: 'The bank in the documented JSON format (see the lib README)' })
  @Responds(questionBankExportSchema)
  export(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<QuestionBankExport> {
    return this.bank.export(actor, id);
  }

  @Post('courses/:id/questions/import')
  @ApiOperation({ summary: 'Add the questions of an exported bank: all or none' })
  @Responds(questionBankImportResultSchema, 201)
  import(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: QuestionBankImportDto,
  ): Promise<QuestionBankImportResult> {
    return this.bank.import(actor, id, body);
  }

  @Get('questions/:id')
  @ApiOperation({ summary: 'One question, key included' })
  @Responds(questionSchema)
  get(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<Question> {
    return this.bank.get(actor, id);
  }

  @Patch('questions/:id')
  @ApiOperation({ summary: 'Correct a question: submitted attempts that used it are regraded' })
  @Responds(questionSchema)
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateQuestionDto,
  ): Promise<Question> {
    return this.grading.correctQuestion(actor, id, body);
  }

  @Delete('questions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a question out of the bank (attempts that used it keep it)' })
  @RespondsEmpty()
  archive(@CurrentPrincipal() actor: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.bank.archive(actor, id);
  }
}
