import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  CurrentPrincipal,
  MultipartBody,
  multipartUpload,
  NoBody,
  ParseIdPipe,
  Responds,
  RespondsEmpty,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  ForumHome,
  ForumSearchHit,
  ForumSummary,
  ForumThreadPage,
  Page,
  StoredFile,
  ThreadSummary,
  UserRef,
} from '@bina-pustaka/shared-contracts';
import {
  forumHomeSchema,
  forumImageUploadFieldsSchema,
  forumSearchHitPageSchema,
  forumSummarySchema,
  forumThreadPageSchema,
  storedFileSchema,
  threadSummaryPageSchema,
  userRefSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyRequest } from 'fastify';
import { ForumImagesService } from '../posts/forum-images.service';
import { ForumSearchService } from '../search/forum-search.service';
import { ForumBoardsService } from '../threads/forum-boards.service';
import { ForumThreadsService } from '../threads/forum-threads.service';
import { CreateForumThreadDto, ForumPeopleQueryDto, ForumSearchQueryDto, ForumThreadListQueryDto } from './forum.dto';

/**
 * Forums and their boards. Anyone signed in may ask; each call checks the forum is one the
 * viewer may read (a course forum: its learners, trainers, coordinators, admins), else 404.
 */
@ApiTags('forums')
@ApiBearerAuth()
@Authenticated()
@Controller()
export class ForumsController {
  constructor(
    private readonly boards: ForumBoardsService,
    private readonly threads: ForumThreadsService,
    private readonly searching: ForumSearchService,
    private readonly images: ForumImagesService,
  ) {}

  @Get('forums')
  @ApiOperation({ summary: "The community's categories and the forums of my courses, with my unread counts" })
  @Responds(forumHomeSchema)
  home(@CurrentPrincipal() actor: Principal): Promise<ForumHome> {
    return this.boards.home(actor);
  }

  @Get('forums/course/:courseId')
  @ApiOperation({ summary: "A course's forum (made the first time it is asked for)" })
  @Responds(forumSummarySchema)
  course(
    @CurrentPrincipal() actor: Principal,
    @Param('courseId', ParseIdPipe) courseId: string,
  ): Promise<ForumSummary> {
    return this.boards.courseSummary(actor, courseId);
  }

  @Get('forums/:forumId')
  @ApiOperation({ summary: 'One forum I may read' })
  @Responds(forumSummarySchema)
  forum(@CurrentPrincipal() actor: Principal, @Param('forumId', ParseIdPipe) forumId: string): Promise<ForumSummary> {
    return this.boards.summary(actor, forumId);
  }

  @Put('forums/:forumId/watch')
  @NoBody()
  @HttpCode(204)
  @ApiOperation({ summary: 'Be told of every new thread in this forum' })
  @RespondsEmpty()
  async watch(@CurrentPrincipal() actor: Principal, @Param('forumId', ParseIdPipe) forumId: string): Promise<void> {
    await this.boards.watch(actor, forumId, true);
  }

  @Delete('forums/:forumId/watch')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop watching this forum' })
  @RespondsEmpty()
  async unwatch(@CurrentPrincipal() actor: Principal, @Param('forumId', ParseIdPipe) forumId: string): Promise<void> {
    await this.boards.watch(actor, forumId, false);
  }

  @Get('forums/:forumId/threads')
  @ApiOperation({ summary: 'Threads of a forum: pinned first, then the latest activity' })
  @Responds(threadSummaryPageSchema)
  list(
    @CurrentPrincipal() actor: Principal,
    @Param('forumId', ParseIdPipe) forumId: string,
    @Query() query: ForumThreadListQueryDto,
  ): Promise<Page<ThreadSummary>> {
    return this.boards.threads(actor, forumId, query);
  }

  @Post('forums/:forumId/threads')
  @ApiOperation({ summary: 'Open a thread (a discussion or a question); I watch it' })
  @Responds(forumThreadPageSchema, 201)
  @AlsoResponds(429, 'Too many posts in a minute: wait a little')
  create(
    @CurrentPrincipal() actor: Principal,
    @Param('forumId', ParseIdPipe) forumId: string,
    @Body() body: CreateForumThreadDto,
  ): Promise<ForumThreadPage> {
    return this.threads.create(actor, forumId, body);
  }

  @Get('forums/:forumId/people')
  @ApiOperation({ summary: 'People who may read this forum, by name (at most 8), to mention' })
  @Responds([userRefSchema])
  people(
    @CurrentPrincipal() actor: Principal,
    @Param('forumId', ParseIdPipe) forumId: string,
    @Query() query: ForumPeopleQueryDto,
  ): Promise<UserRef[]> {
    return this.boards.people(actor, forumId, query.q);
  }

  @Post('forum-images')
  @ApiOperation({ summary: 'Upload an image for a post (field "forumId" first, then "file"; PNG, JPEG or WebP)' })
  @MultipartBody(forumImageUploadFieldsSchema, 'The field "forumId" first, then the part "file" (PNG, JPEG or WebP)')
  @Responds(storedFileSchema, 201)
  async uploadImage(@CurrentPrincipal() actor: Principal, @Req() request: FastifyRequest): Promise<StoredFile> {
    const upload = await multipartUpload(request, 'forumId', forumImageUploadFieldsSchema.shape.forumId, {
      noFile: 'forum.imageMissing',
      fieldFirst: 'forum.imageFieldFirst',
    });
    return this.images.upload(actor, upload.field, upload.filename, upload.file);
  }

  @Get('forum-search')
  @ApiOperation({ summary: 'Search thread titles and posts (Indonesian full text) in the forums I may read' })
  @Responds(forumSearchHitPageSchema)
  search(@CurrentPrincipal() actor: Principal, @Query() query: ForumSearchQueryDto): Promise<Page<ForumSearchHit>> {
    return this.searching.search(actor, query);
  }
}
