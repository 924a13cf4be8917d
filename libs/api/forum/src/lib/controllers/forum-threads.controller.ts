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
import type { ForumPost, ForumThread, ForumThreadLinks, ForumThreadPage } from '@bina-pustaka/shared-contracts';
import {
  forumPostSchema,
  forumThreadLinksSchema,
  forumThreadPageSchema,
  forumThreadSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { ForumPostsService } from '../posts/forum-posts.service';
import { ThreadLinksService } from '../posts/thread-links.service';
import { ForumThreadsService } from '../threads/forum-threads.service';
import {
  CreateForumPostDto,
  ForumReadDto,
  ForumThreadPageQueryDto,
  MarkForumAnswerDto,
  UpdateForumThreadDto,
} from './forum.dto';

/** One thread: its pages, replies, title, chosen answer, my place and my watch. Object checks inside. */
@ApiTags('forums')
@ApiBearerAuth()
@Authenticated()
@Controller('forum-threads/:threadId')
export class ForumThreadsController {
  constructor(
    private readonly threads: ForumThreadsService,
    private readonly posts: ForumPostsService,
    private readonly links: ThreadLinksService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The thread and one page of its posts, oldest first' })
  @Responds(forumThreadPageSchema)
  page(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
    @Query() query: ForumThreadPageQueryDto,
  ): Promise<ForumThreadPage> {
    return this.threads.page(actor, threadId, query.page);
  }

  @Get('links')
  @ApiOperation({ summary: 'Threads this one links to and threads linking here (those I may read)' })
  @Responds(forumThreadLinksSchema)
  threadLinks(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
  ): Promise<ForumThreadLinks> {
    return this.links.between(actor, threadId);
  }

  @Patch()
  @ApiOperation({ summary: "Change the thread's title (its author or a moderator)" })
  @Responds(forumThreadSchema)
  rename(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
    @Body() body: UpdateForumThreadDto,
  ): Promise<ForumThread> {
    return this.threads.rename(actor, threadId, body.title);
  }

  @Post('posts')
  @ApiOperation({ summary: 'Reply (Markdown, mentions, an optional quote); I watch the thread' })
  @Responds(forumPostSchema, 201)
  @AlsoResponds(423, 'The thread is locked')
  @AlsoResponds(429, 'Too many posts in a minute: wait a little')
  reply(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
    @Body() body: CreateForumPostDto,
  ): Promise<ForumPost> {
    return this.posts.reply(actor, threadId, body);
  }

  @Put('answer')
  @HttpCode(204)
  @ApiOperation({ summary: "Choose a reply as the question's answer (its author or a moderator)" })
  @RespondsEmpty()
  async markAnswer(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
    @Body() body: MarkForumAnswerDto,
  ): Promise<void> {
    await this.threads.setAnswer(actor, threadId, body.postId);
  }

  @Delete('answer')
  @HttpCode(204)
  @ApiOperation({ summary: 'The question has no chosen answer any more' })
  @RespondsEmpty()
  async clearAnswer(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
  ): Promise<void> {
    await this.threads.setAnswer(actor, threadId, null);
  }

  @Post('read')
  @HttpCode(204)
  @ApiOperation({ summary: 'I have read up to this post (never moves back)' })
  @RespondsEmpty()
  async read(
    @CurrentPrincipal() actor: Principal,
    @Param('threadId', ParseIdPipe) threadId: string,
    @Body() body: ForumReadDto,
  ): Promise<void> {
    await this.threads.markRead(actor, threadId, body.upToSeq);
  }

  @Put('watch')
  @NoBody()
  @HttpCode(204)
  @ApiOperation({ summary: 'Be told of every reply' })
  @RespondsEmpty()
  async watch(@CurrentPrincipal() actor: Principal, @Param('threadId', ParseIdPipe) threadId: string): Promise<void> {
    await this.threads.watch(actor, threadId, true);
  }

  @Delete('watch')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop watching the thread' })
  @RespondsEmpty()
  async unwatch(@CurrentPrincipal() actor: Principal, @Param('threadId', ParseIdPipe) threadId: string): Promise<void> {
    await this.threads.watch(actor, threadId, false);
  }
}
