import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  ForumHeldPost,
  ForumModerationLogEntry,
  ForumModerationQueueItem,
  ForumReportReceipt,
  ForumSuspension,
  ModeratedForum,
  Page,
} from '@bina-pustaka/shared-contracts';
import {
  forumHeldPostSchema,
  forumModerationLogPageSchema,
  forumModerationQueueItemSchema,
  forumReportReceiptSchema,
  forumSuspensionSchema,
  moderatedForumSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { ForumApprovalsService } from '../moderation/forum-approvals.service';
import { ForumModerationLogService } from '../moderation/forum-moderation-log.service';
import { ForumModerationService } from '../moderation/forum-moderation.service';
import { ForumReportsService } from '../moderation/forum-reports.service';
import {
  CloseForumReportsDto,
  CreateForumReportDto,
  CreateForumSuspensionDto,
  ForumModerationLogQueryDto,
  ForumModerationReasonDto,
  ForumSettingsDto,
  ModerateForumThreadDto,
} from './forum.dto';

/** Reporting a post: anyone who may read it, except its author. */
@ApiTags('forums')
@ApiBearerAuth()
@Authenticated()
@Controller('forum-posts/:postId/report')
export class ForumReportsController {
  constructor(private readonly reports: ForumReportsService) {}

  @Post()
  @ApiOperation({ summary: 'Report a post to its moderators (one open report per person and post)' })
  @Responds(forumReportReceiptSchema, 201)
  @AlsoResponds(409, 'Already reported, or the post is gone')
  report(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
    @Body() body: CreateForumReportDto,
  ): Promise<ForumReportReceipt> {
    return this.reports.report(actor, postId, body);
  }
}

/** The moderators' side: queue, actions, suspensions, log. Which forums one moderates is checked inside. */
@ApiTags('forums')
@ApiBearerAuth()
@Authenticated()
@Controller('forum-moderation')
export class ForumModerationController {
  constructor(
    private readonly reports: ForumReportsService,
    private readonly moderation: ForumModerationService,
    private readonly log: ForumModerationLogService,
    private readonly approvals: ForumApprovalsService,
  ) {}

  @Get('forums')
  @ApiOperation({ summary: 'The forums I moderate (empty for a member)' })
  @Responds([moderatedForumSchema])
  forums(@CurrentPrincipal() actor: Principal): Promise<ModeratedForum[]> {
    return this.log.moderatedForums(actor);
  }

  @Put('forums/:forumId/settings')
  @ApiOperation({ summary: 'Set how many first posts of each member wait for approval in a forum I moderate (0: off)' })
  @Responds(moderatedForumSchema)
  settings(
    @CurrentPrincipal() actor: Principal,
    @Param('forumId', ParseIdPipe) forumId: string,
    @Body() body: ForumSettingsDto,
  ): Promise<ModeratedForum> {
    return this.approvals.setHoldFirstPosts(actor, forumId, body.holdFirstPosts);
  }

  @Get('held')
  @ApiOperation({ summary: 'Posts waiting for approval in the forums I moderate, oldest first' })
  @Responds([forumHeldPostSchema])
  held(@CurrentPrincipal() actor: Principal): Promise<ForumHeldPost[]> {
    return this.approvals.queue(actor);
  }

  @Post('posts/:postId/approve')
  @HttpCode(204)
  @ApiOperation({ summary: 'Publish a held post (a held opening post releases its thread)' })
  @NoBody()
  @RespondsEmpty()
  async approve(@CurrentPrincipal() actor: Principal, @Param('postId', ParseIdPipe) postId: string): Promise<void> {
    await this.approvals.approve(actor, postId);
  }

  @Post('posts/:postId/reject')
  @HttpCode(204)
  @ApiOperation({ summary: 'Refuse a held post with a reason (a soft delete its author reads)' })
  @RespondsEmpty()
  async reject(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
    @Body() body: ForumModerationReasonDto,
  ): Promise<void> {
    await this.approvals.reject(actor, postId, body.reason);
  }

  @Get('queue')
  @ApiOperation({ summary: 'Open reports of the forums I moderate, by post, newest first' })
  @Responds([forumModerationQueueItemSchema])
  queue(@CurrentPrincipal() actor: Principal): Promise<ForumModerationQueueItem[]> {
    return this.reports.queue(actor);
  }

  @Post('posts/:postId/hide')
  @HttpCode(204)
  @ApiOperation({ summary: 'Hide a post with a reason (its open reports are resolved)' })
  @RespondsEmpty()
  async hide(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
    @Body() body: ForumModerationReasonDto,
  ): Promise<void> {
    await this.moderation.setHidden(actor, postId, true, body.reason);
  }

  @Post('posts/:postId/restore')
  @HttpCode(204)
  @ApiOperation({ summary: 'Show a hidden post again, with a reason' })
  @RespondsEmpty()
  async restore(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
    @Body() body: ForumModerationReasonDto,
  ): Promise<void> {
    await this.moderation.setHidden(actor, postId, false, body.reason);
  }

  @Post('posts/:postId/close-reports')
  @HttpCode(204)
  @ApiOperation({ summary: "Resolve or dismiss a post's open reports" })
  @RespondsEmpty()
  async closeReports(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
    @Body() body: CloseForumReportsDto,
  ): Promise<void> {
    await this.reports.close(actor, postId, body.outcome, body.note);
  }

  @Patch('threads/:threadId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Lock, pin or move a thread (to a forum I moderate, with a reason)' })
  @RespondsEmpty()
  async moderateThread(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
    @Body() body: ModerateForumThreadDto,
  ): Promise<void> {
    await this.moderation.moderateThread(actor, threadId, body);
  }

  @Get('suspensions')
  @ApiOperation({ summary: 'Suspensions in force in the forums I moderate' })
  @Responds([forumSuspensionSchema])
  suspensions(@CurrentPrincipal() actor: Principal): Promise<ForumSuspension[]> {
    return this.moderation.current(actor);
  }

  @Post('suspensions')
  @ApiOperation({ summary: 'Keep a member from writing in a forum (or the whole community) for some days' })
  @Responds(forumSuspensionSchema, 201)
  suspend(@CurrentPrincipal() actor: Principal, @Body() body: CreateForumSuspensionDto): Promise<ForumSuspension> {
    return this.moderation.suspend(actor, body);
  }

  @Delete('suspensions/:suspensionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'End a suspension early' })
  @RespondsEmpty()
  async lift(
    @CurrentPrincipal() actor: Principal,
    @Param('suspensionId', ParseIdPipe) suspensionId: string,
  ): Promise<void> {
    await this.moderation.lift(actor, suspensionId);
  }

  @Get('log')
  @ApiOperation({ summary: 'The moderation log of the forums I moderate, newest first' })
  @Responds(forumModerationLogPageSchema)
  logPage(
    @CurrentPrincipal() actor: Principal,
    @Query() query: ForumModerationLogQueryDto,
  ): Promise<Page<ForumModerationLogEntry>> {
    return this.log.page(actor, query.page);
  }
}
